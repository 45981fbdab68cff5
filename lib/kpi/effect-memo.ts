import { createHash } from "node:crypto";
import { estimateEffects, type EffectReport } from "@/lib/kpi/effect";
import type { PersonHistory } from "@/lib/kpi/comparison-group";

type Options = Parameters<typeof estimateEffects>[1];

/** How many distinct inputs are remembered: the whole organisation and each programme, a few data versions. */
const capacity = 32;
const remembered = new Map<string, EffectReport>();

const time = (date: Date | null | undefined) => (date ? date.getTime() : "");

/** A fingerprint of everything estimateEffects reads, so equal inputs are recognised without comparing objects. */
export function effectInputKey(people: PersonHistory[], options: Options): string {
  const hash = createHash("sha256");
  hash.update(`${options.asOf.getTime()}|${options.minimumGroupSize}|${(options.horizons ?? []).join(",")}\n`);
  for (const p of people) {
    hash.update(
      `${p.id}|${p.department}|${p.level}|${p.location}|${time(p.hiredAt)}|${time(p.exitedAt)}|${p.exitVoluntary}|${time(p.participationStart)}|${(p.promotedOn ?? []).map(time).join(",")}\n`,
    );
  }
  return hash.digest("hex");
}

/**
 * estimateEffects, remembered by its exact input: the matched comparison over a whole organisation
 * is the slow part of every dashboard and KPI matrix request, and its input changes only when HR
 * data, people or participations do. Equal input gives the very same figures, so nothing is ever
 * stale; a change to any input is a new key.
 */
export function estimateEffectsRemembered(people: PersonHistory[], options: Options): EffectReport {
  const key = effectInputKey(people, options);
  const hit = remembered.get(key);
  if (hit) {
    // Most recently used last, so the oldest is the one let go.
    remembered.delete(key);
    remembered.set(key, hit);
    return hit;
  }
  const report = estimateEffects(people, options);
  remembered.set(key, report);
  if (remembered.size > capacity) remembered.delete(remembered.keys().next().value!);
  return report;
}
