/** What the directory holds about a person, as the HR system sends it: selected by the export and by My profile. */
export const directoryFields = {
  name: true,
  email: true,
  title: true,
  level: true,
  location: true,
  timeZone: true,
  hireDate: true,
  department: { select: { name: true } },
} as const;
