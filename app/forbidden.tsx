import type { Metadata } from "next";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "No access" };

export default function Forbidden() {
  return (
    <StatusPage code="403 · No access" title="This page is not open to your role">
      You are signed in, but your role does not include this page. If you need it for your work, ask a Pairwise administrator to
      change your role.
    </StatusPage>
  );
}
