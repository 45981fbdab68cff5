/**
 * A closed list of choices written once, as its labels: the keys come out in the labels' order,
 * as the non-empty tuple `z.enum` wants.
 */
export function choiceKeys<const K extends string>(labels: Record<K, string>): [K, ...K[]] {
  return Object.keys(labels) as [K, ...K[]];
}
