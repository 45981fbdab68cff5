import { z } from "zod";

export const globalRoles = ["ADMIN", "COORDINATOR", "EXECUTIVE", "EMPLOYEE"] as const;

export const peopleFilterSchema = z.object({
  q: z.string().trim().max(100).catch(""),
  department: z.string().trim().max(40).catch(""),
  page: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export type PeopleFilter = z.output<typeof peopleFilterSchema>;

export const roleChangeSchema = z.object({
  userId: z.string().min(1, "Choose a person."),
  role: z.enum(globalRoles, "Choose a role."),
});

export type RoleChange = z.output<typeof roleChangeSchema>;
