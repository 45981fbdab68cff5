/**
 * A closed list of choices written once, as its labels (in the vocabulary catalogue,
 * `lib/vocabulary/en.json`): the keys come out in the labels' order, as the non-empty tuple
 * `z.enum` wants. JSON keys stay literal in TypeScript, so the enum is as narrow as before.
 */
export function choiceKeys<const K extends string>(labels: Record<K, string>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}
