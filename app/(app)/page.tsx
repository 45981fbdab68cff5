import { redirect } from "next/navigation";
import { homePathFor } from "@/lib/auth/permissions";
import { requireActor } from "@/app/_server/session";

export default async function Home() {
  const actor = await requireActor();
  redirect(homePathFor(actor.role));
}
