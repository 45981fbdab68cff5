import type { Metadata } from "next";
import { Suspense } from "react";
import { ProgramSurveysCard } from "@/components/surveys/program-surveys-card";
import { PageSkeleton } from "@/components/ui/page-skeleton";
import { requirePageAccess } from "@/app/_server/session";

export const metadata: Metadata = { title: "Programme surveys" };

export default async function ProgramSurveysPage({ params }: { params: Promise<{ programId: string }> }) {
  const actor = await requirePageAccess("checkins:read");
  const { programId } = await params;
  return (
    <Suspense fallback={<PageSkeleton />}>
      <ProgramSurveysCard actor={actor} programId={programId} />
    </Suspense>
  );
}
