/** Every kind of event the audit trail records, with how the admin page names it. */
export const auditActions = {
  "person.role-changed": "Role changed",
  "person.deactivated": "Account deactivated",
  "person.reactivated": "Account reactivated",
  "person.erased": "Leaver's data erased",
  "person.data-downloaded": "Own data downloaded",
  "sign-in.slowed": "Sign-in slowed after failures",
  "sign-in.unlocked": "Sign-in unlocked",
  "password.reset-link-sent": "Password reset link sent",
  "password.reset": "Password reset from a link",
  "password.changed": "Password changed",
  "matching.published": "Matches published",
  "people.imported": "People imported",
  "people.exported": "People exported",
  "hr.imported": "HR outcomes imported",
  "hr.viewed": "HR data viewed",
  "evaluation.exported": "Evaluation exported",
  "kpi-row.deleted": "KPI row deleted",
  "resource.deleted": "Resource deleted",
  "waitlist.reordered": "Waiting list reordered",
  "settings.currency-changed": "Currency changed",
} as const;

export type AuditAction = keyof typeof auditActions;
export const auditActionNames = Object.keys(auditActions) as AuditAction[];
