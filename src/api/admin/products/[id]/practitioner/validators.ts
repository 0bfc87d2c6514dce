import { z } from "@medusajs/framework/zod"
import { MAX_ID_LENGTH } from "../../../../utils/paging"

export const AdminSetProductPractitioner = z
  .object({
    practitioner_id: z
      .string({ message: "practitioner_id must be a practitioner's id, or null to sell the product as the platform" })
      .startsWith("prac_", "practitioner_id must be a practitioner's id (prac_…)")
      .max(MAX_ID_LENGTH)
      .nullable(),
  })
  .strict()
export type AdminSetProductPractitionerType = z.infer<typeof AdminSetProductPractitioner>
