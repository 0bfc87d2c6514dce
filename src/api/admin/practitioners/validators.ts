import { z } from "@medusajs/framework/zod"
import { PRACTITIONER_KINDS, PRACTITIONER_STATUSES } from "../../../modules/practitioner/models/practitioner"
import { listOffset } from "../../utils/paging"

export const AdminListPractitioners = z
  .object({
    status: z.enum(PRACTITIONER_STATUSES).optional(),
    kind: z.enum(PRACTITIONER_KINDS).optional(),
    verified: z
      .enum(["true", "false"])
      .transform((v) => v === "true")
      .optional(),
    q: z.string().trim().min(1).max(100).optional(),
    limit: z.coerce.number().int().min(1).max(100, "limit can be at most 100").default(20),
    offset: listOffset,
  })
  .strict()
export type AdminListPractitionersType = z.infer<typeof AdminListPractitioners>

const Reason = z.string().trim().max(1000)

/** approve | reject | suspend | reinstate: a reason, which reject and suspend require (the workflow says so). */
export const AdminChangePractitionerStatus = z.object({ reason: Reason.optional() }).strict()
export type AdminChangePractitionerStatusType = z.infer<typeof AdminChangePractitionerStatus>

export const AdminVerifyPractitioner = z.object({}).strict()
export type AdminVerifyPractitionerType = z.infer<typeof AdminVerifyPractitioner>

const COMMISSION_RANGE = "rate_bps is whole basis points from 0 to 10000, e.g. 1500 for 15 %"

export const AdminSetPractitionerCommission = z
  .object({
    rate_bps: z.number().int(COMMISSION_RANGE).min(0, COMMISSION_RANGE).max(10_000, COMMISSION_RANGE).nullable().optional(),
  })
  .strict()
  .refine((body) => body.rate_bps !== undefined, {
    message: "Send rate_bps: whole basis points from 0 to 10000, or null for the category or platform rule.",
    path: ["rate_bps"],
  })
export type AdminSetPractitionerCommissionType = { rate_bps: number | null }
