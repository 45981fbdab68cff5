import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/components/ui/logo";
import { MobileMenu } from "@/components/shell/mobile-menu";
import { NavLinks, type NavSection } from "@/components/shell/nav-links";
import { SignOutButton } from "@/components/shell/sign-out-button";
import { initials } from "@/lib/format";

interface ShellUser {
  name: string;
  email: string;
  roleLabel: string;
}

function Brand() {
  return (
    <Link href="/" className="flex items-center gap-2.5 rounded-md px-3 py-1">
      <Logo />
      <span className="text-lg font-semibold tracking-tight text-slate-900">Pairwise</span>
    </Link>
  );
}

function UserCard({ user }: { user: ShellUser }) {
  return (
    <div className="space-y-3 border-t border-slate-200 pt-4">
      <div className="flex items-center gap-3 px-3">
        <span
          aria-hidden="true"
          className="flex h-9 w-9 shrink-0 items-center justify-center rounded-full bg-brand-100 text-sm font-semibold text-brand-800"
        >
          {initials(user.name)}
        </span>
        <div className="min-w-0">
          <p className="truncate text-sm font-semibold text-slate-900">{user.name}</p>
          <p className="truncate text-xs text-slate-500">{user.roleLabel}</p>
        </div>
      </div>
      <SignOutButton />
    </div>
  );
}

export function AppShell({ user, sections, children }: { user: ShellUser; sections: NavSection[]; children: ReactNode }) {
  return (
    <div className="min-h-screen lg:flex">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-50 focus:rounded-md focus:bg-white focus:px-3 focus:py-2 focus:text-sm focus:font-semibold focus:shadow"
      >
        Skip to content
      </a>
      {/* Wide screens: a fixed sidebar. */}
      <aside className="hidden w-64 shrink-0 flex-col justify-between border-r border-slate-200 bg-white px-3 py-5 lg:flex print:hidden">
        <div className="space-y-8">
          <Brand />
          <nav aria-label="Main">
            <NavLinks sections={sections} />
          </nav>
        </div>
        <UserCard user={user} />
      </aside>
      {/* Narrow screens: a top bar whose menu opens below it. */}
      <header className="border-b border-slate-200 bg-white px-3 py-3 lg:hidden print:hidden">
        <MobileMenu brand={<Brand />}>
          <nav aria-label="Main">
            <NavLinks sections={sections} />
          </nav>
          <UserCard user={user} />
        </MobileMenu>
      </header>
      <main id="main" className="min-w-0 flex-1 px-4 py-6 sm:px-8 lg:py-8">
        <div className="mx-auto max-w-6xl">{children}</div>
      </main>
    </div>
  );
}
