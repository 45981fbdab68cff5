import type { Metadata } from "next";
import { ProfileForm } from "@/components/profile/profile-form";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { formatDate } from "@/lib/format";
import { getOwnProfile, profileFormValues } from "@/lib/profiles/profiles";
import { approvedSkillNames } from "@/lib/profiles/skills";
import { loadedPage } from "@/app/_server/page-shell";
import { updateOwnProfileAction } from "./actions";

export const metadata: Metadata = { title: "My profile" };

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="text-sm font-medium text-slate-900">{value}</dd>
    </div>
  );
}

export default async function MyProfilePage() {
  return loadedPage(
    "own-profile:write",
    (actor) => Promise.all([getOwnProfile(actor), approvedSkillNames()]),
    ([me, skillNames]) => (
      <>
        <PageHeader
          title="My profile"
          description="What mentors and mentees see when they are matched with you, and what the matcher uses to find a good fit."
        />
        <div className="grid gap-6 lg:grid-cols-3">
          <Card className="lg:col-span-2" title="About me">
            <ProfileForm initial={profileFormValues(me)} skillNames={skillNames} action={updateOwnProfileAction} />
          </Card>
          <Card title="From the directory" description="Kept up to date by your People team.">
            <dl className="space-y-3">
              <Fact label="Name" value={me.name} />
              <Fact label="Email" value={me.email} />
              <Fact label="Title" value={me.title ?? "—"} />
              <Fact label="Department" value={me.department?.name ?? "—"} />
              <Fact label="Manager" value={me.manager?.name ?? "—"} />
              <Fact label="Location" value={`${me.location ?? "—"} (${me.timeZone})`} />
              <Fact label="Joined" value={formatDate(me.hireDate)} />
            </dl>
          </Card>
        </div>
      </>
    ),
  );
}
