import type { Metadata } from "next";
import Link from "next/link";
import { LearningStyleForm } from "@/components/profile/learning-style-form";
import { buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePageAccess } from "@/app/_server/session";
import { saveLearningStyleAction } from "../actions";

export const metadata: Metadata = { title: "Learning style" };

export default async function LearningStylePage() {
  await requirePageAccess("own-profile:write");
  return (
    <>
      <PageHeader
        title="How do you learn best?"
        description="Eight statements, after Honey and Mumford's learning styles. Your result is stored on your profile and can help the matcher pair you with someone you click with."
        actions={
          <Link href="/me/profile" className={buttonClass("secondary")}>
            Back to my profile
          </Link>
        }
      />
      <Card className="max-w-3xl">
        <LearningStyleForm action={saveLearningStyleAction} />
      </Card>
    </>
  );
}
