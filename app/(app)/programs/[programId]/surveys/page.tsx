import type { Metadata } from "next";
import { ProgramSurveysCard } from "@/components/surveys/program-surveys-card";
import { permissionPage } from "@/app/_server/page-shell";

export const metadata: Metadata = { title: "Programme surveys" };

export default async function ProgramSurveysPage({ params }: { params: Promise<{ programId: string }> }) {
  const { programId } = await params;
  return permissionPage("checkins:read", (actor) => <ProgramSurveysCard actor={actor} programId={programId} />);
}
