import { formatDateTime } from "@/lib/format";

/** When stored evaluation figures were computed, said plainly, and whether a newer change is still to be counted. */
export function FiguresAsOf({ computedAt, refreshing }: { computedAt: Date; refreshing: boolean }) {
  return (
    <p className="mb-4 text-xs text-slate-500">
      Figures as of {formatDateTime(computedAt)}.{" "}
      {refreshing
        ? "Something they rest on has changed since; updated figures follow within a few minutes."
        : "They are recomputed every 30 minutes and soon after HR data, pairs or costs change."}
    </p>
  );
}
