import type { Metadata } from "next";
import { StatusPage } from "@/components/ui/status-page";

export const metadata: Metadata = { title: "Not found" };

export default function NotFound() {
  return (
    <StatusPage code="404 · Not found" title="We could not find that page">
      The link may be out of date, or the item was removed. Check the address, or start again from your home page.
    </StatusPage>
  );
}
