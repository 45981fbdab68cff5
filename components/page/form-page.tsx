import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

/** A page that is one form: the page's header, then the form on a card as wide as the form needs. */
export function FormPage({
  title,
  description,
  actions,
  width,
  children,
}: {
  title: string;
  description: string;
  actions?: ReactNode;
  width: "max-w-2xl" | "max-w-3xl" | "max-w-4xl";
  children: ReactNode;
}) {
  return (
    <>
      <PageHeader title={title} description={description} actions={actions} />
      <Card className={width}>{children}</Card>
    </>
  );
}
