import { z } from "@medusajs/framework/zod"
import { isKnownTimeZone } from "../../../../../lib/practitioners/time-zone"
import { horizonInstant } from "../../../../utils/instants"
import { MAX_ID_LENGTH } from "../../../../utils/paging"

export const MAX_SLOT_RANGE_DAYS = 62
const DAY = 86_400_000

export const windowFields = {
  from: horizonInstant("from", { dateOnly: true }).optional(),
  to: horizonInstant("to", { dateOnly: true }).optional(),
  tz: z
    .string()
    .max(64, "tz is too long for a time zone")
    .refine(isKnownTimeZone, { message: 'tz must be an IANA time zone such as "Europe/London"' })
    .optional(),
}

/** A window of free times: from (default now), to (default two weeks on, at most 62 days apart). */
export function withWindowRules<Query extends { from?: Date; to?: Date }>(schema: z.ZodType<Query>) {
  return schema
    .transform((q) => {
      const from = q.from ?? new Date()
      return { ...q, from, to: q.to ?? new Date(from.getTime() + 14 * DAY) }
    })
    .refine((q) => q.to > q.from, { message: "to must be after from", path: ["to"] })
    .refine((q) => q.to.getTime() - q.from.getTime() <= MAX_SLOT_RANGE_DAYS * DAY, {
      message: `from and to may be at most ${MAX_SLOT_RANGE_DAYS} days apart`,
      path: ["to"],
    })
}

export const StoreListSlots = withWindowRules(
  z
    .object({
      variant_id: z.string({ message: "variant_id is required: the session duration to book" }).min(1).max(MAX_ID_LENGTH),
      ...windowFields,
    })
    .strict()
)
export type StoreListSlotsType = z.infer<typeof StoreListSlots>
