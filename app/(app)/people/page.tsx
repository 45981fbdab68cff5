import { plural } from "@/lib/format";
import type { Metadata } from "next";
import Link from "next/link";
import { RoleSelect } from "@/components/people/role-select";
import { Badge } from "@/components/ui/badge";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { SelectField, TextField } from "@/components/ui/field";
import { DataTable, Td } from "@/components/ui/table";
import { can, roleLabels } from "@/lib/auth/permissions";
import { listPeople } from "@/lib/people/people";
import { peopleFilterSchema, type PeopleFilter } from "@/lib/people/schemas";
import { loadedPage } from "@/app/_server/page-shell";
import { AccountActions } from "@/components/people/account-actions";
import {
  changeUserRoleAction,
  erasePersonAction,
  sendPasswordResetAction,
  setAccountActiveAction,
  unlockSignInAction,
} from "./actions";

export const metadata: Metadata = { title: "People" };

const columns = ["Name", "Department", "Level", "Manager", "Location", "Programmes", "Role"];

function pageHref(filter: PeopleFilter, page: number): string {
  const params = new URLSearchParams();
  if (filter.q) params.set("q", filter.q);
  if (filter.department) params.set("department", filter.department);
  params.set("page", String(page));
  return `/people?${params}`;
}

export default async function PeoplePage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const filter = peopleFilterSchema.parse(await searchParams);
  return loadedPage(
    "people:read",
    (actor) => listPeople(actor, filter),
    ({ rows, total, departments, pageCount }, actor) => {
      const manageRoles = can(actor, "people:manage-roles");
      const manageAccounts = can(actor, "people:manage-accounts");

      return (
        <>
          <PageHeader
            title="People"
            description="Everyone in the directory: department, level and reporting line feed matching rules such as seniority and never pairing within a manager chain."
            actions={
              <>
                <a href="/people/export" className={buttonClass("secondary")}>
                  Export CSV
                </a>
                {can(actor, "people:import") && (
                  <Link href="/people/import" className={buttonClass("primary")}>
                    Import CSV
                  </Link>
                )}
              </>
            }
          />
          <Card>
            <form method="get" className="mb-5 flex flex-wrap items-end gap-3" role="search">
              <div className="min-w-56 flex-1">
                <TextField id="q" name="q" label="Search" defaultValue={filter.q} placeholder="Name, email or title" />
              </div>
              <SelectField
                id="department"
                name="department"
                label="Department"
                defaultValue={filter.department}
                blank="All departments"
                options={departments.map((d) => ({ value: d.id, label: d.name }))}
              />
              <button type="submit" className={buttonClass("secondary")}>
                Filter
              </button>
              <p className="ml-auto text-sm text-slate-600" aria-live="polite">
                {total} {plural(total, "person", "people")}
              </p>
            </form>
            <DataTable
              caption="People directory"
              columns={[...columns, ...(manageAccounts ? ["Account"] : [])]}
              rows={rows}
              rowKey={(person) => person.id}
              empty={<EmptyState title="Nobody matches these filters">Try a shorter search or another department.</EmptyState>}
            >
              {(person) => (
                <>
                  <Td>
                    <p className="font-medium text-slate-900">
                      {person.name} {!person.active && <Badge tone="warning">Deactivated</Badge>}
                    </p>
                    <p className="text-xs text-slate-500">{person.title ?? "—"}</p>
                    <p className="text-xs text-slate-500">{person.email}</p>
                  </Td>
                  <Td>{person.department?.name ?? "—"}</Td>
                  <Td>{person.level ?? "—"}</Td>
                  <Td>{person.manager?.name ?? "—"}</Td>
                  <Td>
                    {person.location ?? "—"}
                    <p className="text-xs text-slate-500">{person.timeZone}</p>
                  </Td>
                  <Td>{person._count.participations}</Td>
                  <Td>
                    {manageRoles ? (
                      <RoleSelect userId={person.id} name={person.name} role={person.role} action={changeUserRoleAction} />
                    ) : (
                      <Badge tone={person.role === "EMPLOYEE" ? "neutral" : "brand"}>{roleLabels[person.role]}</Badge>
                    )}
                  </Td>
                  {manageAccounts && (
                    <Td>
                      {person.id !== actor.id && (
                        <AccountActions
                          person={{ id: person.id, name: person.name, active: person.active, erased: person.erasedAt !== null }}
                          actions={{
                            setActive: setAccountActiveAction,
                            unlock: unlockSignInAction,
                            sendReset: sendPasswordResetAction,
                            erase: erasePersonAction,
                          }}
                        />
                      )}
                    </Td>
                  )}
                </>
              )}
            </DataTable>
            {pageCount > 1 && (
              <nav aria-label="Pages" className="mt-5 flex items-center justify-between text-sm">
                <span className="text-slate-600">
                  Page {filter.page} of {pageCount}
                </span>
                <div className="flex gap-2">
                  {filter.page > 1 && (
                    <Link className={buttonClass("secondary")} href={pageHref(filter, filter.page - 1)}>
                      Previous
                    </Link>
                  )}
                  {filter.page < pageCount && (
                    <Link className={buttonClass("secondary")} href={pageHref(filter, filter.page + 1)}>
                      Next
                    </Link>
                  )}
                </div>
              </nav>
            )}
          </Card>
        </>
      );
    },
    JSON.stringify(filter),
  );
}
