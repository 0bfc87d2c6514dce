import { z } from "@medusajs/framework/zod"
import {
  PRACTITIONER_KINDS,
  PRACTITIONER_STATUSES,
} from "../../../modules/practitioner/models/practitioner"

export const AdminListPractitioners = z
  .object({
    status: z.enum(PRACTITIONER_STATUSES).optional(),
    kind: z.enum(PRACTITIONER_KINDS).optional(),
    verified: z.enum(["true", "false"]).transform((v) => v === "true").optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100, "limit can be at most 100").default(20),
    offset: z.coerce.number().int().min(0).default(0),
  })
  .strict()
export type AdminListPractitionersType = z.infer<typeof AdminListPractitioners>

export const AdminPractitionerAction = z
  .object({
    reason: z.string().trim().max(1000).optional(),
    commission_rate: z
      .number()
      .min(0, "commission_rate is a fraction from 0 to 1, e.g. 0.15 for 15 %")
      .max(1, "commission_rate is a fraction from 0 to 1, e.g. 0.15 for 15 %")
      .nullable()
      .optional(),
  })
  .strict()
export type AdminPractitionerActionType = z.infer<typeof AdminPractitionerAction>
