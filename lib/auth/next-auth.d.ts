import type { GlobalRole } from "@/lib/db/generated/enums";
import "next-auth";
import "next-auth/jwt";

declare module "next-auth" {
  interface Session {
    user: { id: string; role: GlobalRole; name?: string | null; email?: string | null };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid: string;
    role: GlobalRole;
  }
}
