import type { Metadata } from "next";
import Link from "next/link";
import { FormPage } from "@/components/page/form-page";
import { LearningStyleForm } from "@/components/profile/learning-style-form";
import { buttonClass } from "@/components/ui/button";
import { requirePageAccess } from "@/app/_server/session";
import { saveLearningStyleAction } from "../actions";

export const metadata: Metadata = { title: "Learning style" };

export default async function LearningStylePage() {
  await requirePageAccess("own-profile:write");
  return (
    <FormPage
      title="How do you learn best?"
      description="Eight statements, after Honey and Mumford's learning styles. Your result is stored on your profile and can help the matcher pair you with someone you click with."
      actions={
        <Link href="/me/profile" className={buttonClass("secondary")}>
          Back to my profile
        </Link>
      }
      width="max-w-3xl"
    >
      <LearningStyleForm action={saveLearningStyleAction} />
    </FormPage>
  );
}
