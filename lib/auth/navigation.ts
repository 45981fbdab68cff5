import { can, type Action, type Actor } from "@/lib/auth/permissions";

export interface NavItem {
  href: string;
  label: string;
  action: Action;
  section: "Programme office" | "Insights" | "Me";
}

const navigation: NavItem[] = [
  { href: "/programs", label: "Programmes", action: "programs:read", section: "Programme office" },
  { href: "/people", label: "People", action: "people:read", section: "Programme office" },
  { href: "/matching", label: "Matching", action: "matching:read", section: "Programme office" },
  { href: "/check-ins", label: "Check-ins", action: "checkins:read", section: "Programme office" },
  { href: "/evaluation", label: "Evaluation", action: "evaluation:read", section: "Programme office" },
  { href: "/skills", label: "Skills", action: "programs:write", section: "Programme office" },
  { href: "/resources", label: "Resource library", action: "resources:write", section: "Programme office" },
  { href: "/outbox", label: "Outbox", action: "outbox:read", section: "Programme office" },
  { href: "/hr", label: "HR outcomes", action: "hr:read", section: "Programme office" },
  { href: "/admin/jobs", label: "Background jobs", action: "jobs:manage", section: "Programme office" },
  { href: "/admin/audit", label: "Audit trail", action: "audit:read", section: "Programme office" },
  { href: "/admin/settings", label: "Settings", action: "settings:manage", section: "Programme office" },
  { href: "/dashboard", label: "Dashboard", action: "dashboard:read", section: "Insights" },
  { href: "/me/inbox", label: "Inbox", action: "own-mentoring:read", section: "Me" },
  { href: "/me/mentoring", label: "My mentoring", action: "own-mentoring:read", section: "Me" },
  { href: "/enrol", label: "Open programmes", action: "own-mentoring:read", section: "Me" },
  { href: "/me/profile", label: "My profile", action: "own-profile:write", section: "Me" },
  { href: "/me/learning", label: "My learning", action: "own-mentoring:read", section: "Me" },
  { href: "/me/account", label: "My account", action: "own-profile:write", section: "Me" },
];

/** The links a person sees: exactly the pages their permissions open. */
export function navigationFor(actor: Actor): { section: NavItem["section"]; items: NavItem[] }[] {
  const allowed = navigation.filter((item) => can(actor, item.action));
  const sections = [...new Set(allowed.map((item) => item.section))];
  return sections.map((section) => ({ section, items: allowed.filter((item) => item.section === section) }));
}
