import { z } from "zod";
import { isCurrency } from "@/lib/organization/currency";

export const organizationSettingsSchema = z.object({
  currency: z.string().trim().toUpperCase().refine(isCurrency, "Choose a currency from the list, such as EUR, GBP or USD."),
});

export type OrganizationSettingsInput = z.input<typeof organizationSettingsSchema>;
export type OrganizationSettings = z.output<typeof organizationSettingsSchema>;
