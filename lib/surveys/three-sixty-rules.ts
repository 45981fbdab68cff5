import type { ThreeSixtyPhase } from "@/lib/surveys/schemas";

/** A mentee sees colleagues' ratings only in groups of this many answers, never one person's. */
export const minimumRaters = 3;

/** A person a mentee may ask for 360 feedback, as the picker shows them. */
export interface RaterChoice {
  id: string;
  name: string;
  title: string | null;
  department: string | null;
}
/** How long raters have to answer. */
export const threeSixtyOpenDays = 14;

export const threeSixtyPhaseLabels: Record<ThreeSixtyPhase, string> = { START: "At the start", END: "At the end" };

function firstName(name: string): string {
  return name.split(" ")[0] ?? name;
}

/** One 1–5 question per behaviour, then an optional comment, in the person's own words. */
export function threeSixtyQuestions(subjectName: string, behaviours: string[]) {
  return [
    ...behaviours.map((behaviour, position) => ({
      position,
      kind: "SCALE" as const,
      prompt: behaviour,
      required: true,
      options: [],
    })),
    {
      position: behaviours.length,
      kind: "LONG_TEXT" as const,
      prompt: `What should ${firstName(subjectName)} keep doing, or do differently?`,
      required: false,
      options: [],
    },
  ];
}

export function threeSixtyIntro(subjectName: string, phase: ThreeSixtyPhase): string {
  const first = firstName(subjectName);
  return phase === "START"
    ? `${subjectName} is starting mentoring and asks how you see them today on what they want to work on. Rate what you have seen, from 1 (not at all) to 5 (completely). The same questions come again at the end, so ${first} can see what changed.`
    : `${subjectName} asked you at the start of their mentoring how you saw them. Here are the same questions again: rate what you see today, from 1 (not at all) to 5 (completely).`;
}

/** What the invitation tells each rater about who sees their answers. */
export function raterPrivacy(subjectName: string, role: "COLLEAGUE" | "MANAGER"): string {
  const first = firstName(subjectName);
  return role === "COLLEAGUE"
    ? `${first} sees colleagues' answers only combined, in groups of at least ${minimumRaters}, and never who said what. The programme office sees only the average change across five or more people's 360 feedback.`
    : `As ${first}'s manager, your answers are kept apart from the colleagues'. ${first} sees them only if you agree on the form.`;
}
