import { z } from "@medusajs/framework/zod"

export const AdminSetProductPractitioner = z
  .object({
    practitioner_id: z
      .string({ message: "practitioner_id must be a practitioner's id, or null to sell the product as the platform" })
      .startsWith("prac_", "practitioner_id must be a practitioner's id (prac_…)")
      .nullable(),
  })
  .strict()
export type AdminSetProductPractitionerType = z.infer<typeof AdminSetProductPractitioner>
