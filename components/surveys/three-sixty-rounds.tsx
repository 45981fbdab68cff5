import { Card } from "@/components/ui/card";
import { DataTable, Td } from "@/components/ui/table";
import { formatDate, formatDecimal } from "@/lib/format";
import type { MyThreeSixty, ThreeSixtyRound } from "@/lib/surveys/my-three-sixty";
import { minimumRaters, threeSixtyPhaseLabels } from "@/lib/surveys/three-sixty-rules";

/** A mentee's 360 rounds: who answered, colleagues' averages in whole groups of three, the manager's if shared. */
export function ThreeSixtyRounds({ view }: { view: MyThreeSixty }) {
  return (
    <div className="space-y-6">
      {view.change.length > 0 && (
        <Card title="What changed" description="Colleagues' averages from 1 to 5, at the start and at the end.">
          <DataTable
            caption="Colleagues' averages at the start and the end"
            columns={["Behaviour", "Start", "End", "Change"]}
            rows={view.change}
            rowKey={(row) => row.prompt}
          >
            {(row) => (
              <>
                <Td>{row.prompt}</Td>
                <Td>{formatDecimal(row.start)}</Td>
                <Td>{formatDecimal(row.end)}</Td>
                <Td className="font-semibold">
                  {row.difference > 0 ? "+" : ""}
                  {formatDecimal(row.difference)}
                </Td>
              </>
            )}
          </DataTable>
        </Card>
      )}
      {view.rounds.map((round) => (
        <Round key={round.phase} round={round} />
      ))}
    </div>
  );
}

function Round({ round }: { round: ThreeSixtyRound }) {
  const waiting = round.colleaguesAnswered - round.colleaguesShown;
  return (
    <Card
      title={`${threeSixtyPhaseLabels[round.phase]}: asked on ${formatDate(round.sentAt)}`}
      description={`${round.colleaguesAnswered} of ${round.colleaguesAsked} colleagues answered${round.manager ? `; your manager ${round.manager.answered ? "answered" : "has not answered yet"}` : ""} · ${round.open ? `open until ${formatDate(round.lastDay)}` : "closed"}`}
    >
      <div className="space-y-4" data-testid={`three-sixty-${round.phase.toLowerCase()}`}>
        <p className="text-sm text-slate-600">
          {round.colleaguesShown === 0
            ? `Colleagues' ratings appear once ${minimumRaters} of them have answered, so nobody's answer can be picked out.`
            : waiting > 0
              ? `From ${round.colleaguesShown} colleagues; ${waiting} more join when a group of ${minimumRaters} is complete.`
              : `From ${round.colleaguesShown} colleagues.`}
          {round.manager?.answered &&
            !round.manager.shared &&
            " Your manager answered but chose to keep their answers to themselves."}
        </p>
        <DataTable
          caption={`Ratings ${threeSixtyPhaseLabels[round.phase].toLowerCase()}, from 1 to 5`}
          columns={["Behaviour", "Colleagues", ...(round.manager?.shared ? [round.manager.name] : [])]}
          rows={round.behaviours}
          rowKey={(behaviour) => behaviour.prompt}
        >
          {(behaviour) => (
            <>
              <Td className="whitespace-normal">{behaviour.prompt}</Td>
              <Td>{formatDecimal(behaviour.colleagues)}</Td>
              {round.manager?.shared && <Td>{formatDecimal(behaviour.manager)}</Td>}
            </>
          )}
        </DataTable>
        {round.colleagueComments.length > 0 && (
          <div>
            <h3 className="text-sm font-semibold text-slate-800">What colleagues wrote, without names</h3>
            <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700">
              {round.colleagueComments.map((comment, k) => (
                <li key={k}>{comment}</li>
              ))}
            </ul>
          </div>
        )}
        {round.managerComment && round.manager && (
          <div>
            <h3 className="text-sm font-semibold text-slate-800">What {round.manager.name} wrote</h3>
            <p className="mt-1 text-sm text-slate-700">{round.managerComment}</p>
          </div>
        )}
      </div>
    </Card>
  );
}
