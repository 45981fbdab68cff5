import { pairRoles } from "@/lib/pairs/pair-label";

/** A pair's two people, each labelled, mentor first: the same order on every page. */
export function PairNames({ mentor, mentee }: { mentor: string; mentee: string }) {
  const names = { mentor, mentee };
  return (
    <>
      {pairRoles.map((role, index) => (
        <span key={role.key}>
          {index > 0 && " · "}
          <span className="font-normal text-slate-600">{role.label}</span> {names[role.key]}
        </span>
      ))}
    </>
  );
}
