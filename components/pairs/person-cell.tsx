export function PersonCell({ person }: { person: { name: string; title: string | null; department: string | null } }) {
  return (
    <>
      <p className="font-medium text-slate-900">{person.name}</p>
      <p className="text-xs text-slate-500">{[person.title, person.department].filter(Boolean).join(" · ") || "—"}</p>
    </>
  );
}
