import { GoalProgressForm } from "@/components/pairs/goal-progress-form";
import { ActionButton } from "@/components/ui/action-button";
import { Badge, type Tone } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import type { ActionResult } from "@/lib/action-result";
import { formatDate } from "@/lib/format";
import type { PairWorkspace } from "@/lib/pairs/pair-workspace";
import { pairGoalStatusLabels } from "@/lib/pairs/schemas";

type Action = (input: unknown) => Promise<ActionResult>;

const tones: Record<keyof typeof pairGoalStatusLabels, Tone> = {
  NOT_STARTED: "neutral",
  ON_TRACK: "success",
  AT_RISK: "warning",
  DONE: "brand",
  DROPPED: "neutral",
};

export function GoalList({
  goals,
  progressAction,
  milestoneAction,
}: {
  goals: PairWorkspace["goals"];
  progressAction: Action;
  milestoneAction: Action;
}) {
  if (goals.length === 0) {
    return <EmptyState title="No goals yet">Agree one or two goals that say what success looks like, and by when.</EmptyState>;
  }
  return (
    <ul className="space-y-4">
      {goals.map((goal) => (
        <li key={goal.id} className="rounded-lg p-4 ring-1 ring-slate-200" data-testid="pair-goal">
          <div className="flex flex-wrap items-start justify-between gap-2">
            <div>
              <p className="font-semibold text-slate-900">{goal.title}</p>
              <p className="text-sm text-slate-600">
                {goal.measure}: <span className="font-medium text-slate-800">{goal.target}</span>
              </p>
            </div>
            <div className="flex flex-wrap gap-1.5">
              <Badge tone={tones[goal.status]}>{pairGoalStatusLabels[goal.status]}</Badge>
              <Badge tone={goal.overdue ? "danger" : "neutral"}>
                {goal.overdue ? "Overdue" : "Due"} {formatDate(goal.dueOn)}
              </Badge>
            </div>
          </div>
          <div
            className="mt-3 h-2 overflow-hidden rounded-full bg-slate-100"
            role="progressbar"
            aria-label={`${goal.title}: progress`}
            aria-valuenow={goal.progress}
            aria-valuemin={0}
            aria-valuemax={100}
          >
            <div className="h-full rounded-full bg-brand-500" style={{ width: `${goal.progress}%` }} />
          </div>
          <p className="mt-1 text-xs text-slate-500">
            {goal.progress}% done
            {goal.programGoalTitle && ` · serves “${goal.programGoalTitle}”`}
            {goal.sessions.length > 0 &&
              ` · worked on in ${goal.sessions.length} session${goal.sessions.length === 1 ? "" : "s"}`}
          </p>
          {goal.support && <p className="mt-2 text-sm text-slate-600">Support: {goal.support}</p>}
          {goal.milestones.length > 0 && (
            <ul className="mt-3 space-y-1.5">
              {goal.milestones.map((m) => (
                <li key={m.id} className="flex items-center justify-between gap-2 text-sm">
                  <span className={m.doneAt ? "text-slate-500 line-through" : "text-slate-800"}>{m.title}</span>
                  <ActionButton
                    action={milestoneAction}
                    input={{ milestoneId: m.id, done: !m.doneAt }}
                    label={m.doneAt ? "Reopen" : "Mark done"}
                    variant="ghost"
                  />
                </li>
              ))}
            </ul>
          )}
          <details className="mt-3">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">Update progress</summary>
            <div className="mt-3 space-y-3">
              <GoalProgressForm goal={goal} action={progressAction} />
              <ol className="space-y-1 border-t border-slate-100 pt-3 text-xs text-slate-600">
                {goal.updates.map((u) => (
                  <li key={u.id}>
                    {formatDate(u.createdAt)} · {u.author}: {pairGoalStatusLabels[u.status]}, {u.progress}%
                    {u.note && ` — ${u.note}`}
                  </li>
                ))}
              </ol>
            </div>
          </details>
        </li>
      ))}
    </ul>
  );
}
