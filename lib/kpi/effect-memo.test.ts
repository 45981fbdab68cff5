import { describe, expect, it } from "vitest";
import type { PersonHistory } from "@/lib/kpi/comparison-group";
import { estimateEffects } from "@/lib/kpi/effect";
import { effectInputKey, estimateEffectsRemembered } from "@/lib/kpi/effect-memo";

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const person = (k: number, overrides: Partial<PersonHistory> = {}): PersonHistory => ({
  id: `p${k}`,
  department: k % 2 ? "Sales" : "Engineering",
  level: 3 + (k % 2),
  location: "London",
  hiredAt: day("2020-01-01"),
  exitedAt: k % 5 === 0 ? day("2025-06-01") : null,
  exitVoluntary: k % 5 === 0 ? true : null,
  participationStart: k < 8 ? day("2024-03-01") : null,
  promotedOn: k % 7 === 0 ? [day("2025-01-01")] : [],
  ...overrides,
});
const people = Array.from({ length: 40 }, (_, k) => person(k));
const options = { asOf: day("2026-01-01"), minimumGroupSize: 5 };

describe("estimateEffectsRemembered", () => {
  it("gives exactly what estimateEffects gives, and the same report again for the same input", () => {
    const first = estimateEffectsRemembered(people, options);
    expect(first).toEqual(estimateEffects(people, options));
    expect(
      estimateEffectsRemembered(
        people.map((p) => ({ ...p })),
        options,
      ),
    ).toBe(first);
  });

  it("recomputes when anything it reads changes", () => {
    const base = effectInputKey(people, options);
    const changes: Partial<PersonHistory>[] = [
      { exitedAt: day("2025-02-01"), exitVoluntary: true },
      { level: 9 },
      { department: "Finance" },
      { location: "Berlin" },
      { hiredAt: day("2019-01-01") },
      { participationStart: day("2024-04-01") },
      { promotedOn: [day("2025-03-01")] },
    ];
    for (const change of changes) {
      expect(effectInputKey([{ ...people[1]!, ...change }, ...people.slice(2)], options)).not.toBe(base);
    }
    expect(effectInputKey(people, { ...options, asOf: day("2026-02-01") })).not.toBe(base);
    const changed = [person(1, { exitedAt: day("2025-02-01"), exitVoluntary: true }), ...people.slice(2)];
    expect(estimateEffectsRemembered(changed, options)).toEqual(estimateEffects(changed, options));
  });
});
