/**
 * Small-group suppression for a row of counts shown beside their total. Every count under the
 * minimum is withheld; then, so the total cannot give a withheld count back by subtraction, more
 * counts are withheld (smallest first) until at least two are and together they reach the minimum.
 */
export function suppressCounts(counts: number[], minimum: number): { cells: (number | null)[]; total: number | null } {
  const cells: (number | null)[] = counts.map((n) => (n < minimum ? null : n));
  const total = counts.reduce((a, b) => a + b, 0);
  const withheld = () => counts.filter((_, k) => cells[k] === null);
  const order = counts.map((n, k) => ({ n, k })).sort((a, b) => a.n - b.n || a.k - b.k);
  while (withheld().length > 0 && (withheld().length < 2 || withheld().reduce((a, b) => a + b, 0) < minimum)) {
    const next = order.find(({ k }) => cells[k] !== null);
    if (!next) break;
    cells[next.k] = null;
  }
  const stillExposed = withheld().length > 0 && (withheld().length < 2 || withheld().reduce((a, b) => a + b, 0) < minimum);
  return { cells, total: total < minimum || stillExposed ? null : total };
}
