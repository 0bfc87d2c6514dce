import { z } from "@medusajs/framework/zod"
import { isKnownTimeZone } from "../../../../../lib/practitioners/time-zone"

export const StoreHoldBooking = z
  .object({
    variant_id: z.string({ message: "variant_id is required: the session duration to book" }).min(1),
    starts_at: z
      .string({ message: "starts_at is required: one of the slots' starts_at" })
      .datetime({ offset: true, message: "starts_at must be an ISO date-time such as 2026-12-07T08:00:00Z" })
      .transform((value) => new Date(value)),
    timezone: z.string().refine(isKnownTimeZone, { message: 'timezone must be an IANA time zone such as "Europe/London"' }).optional(),
    meeting_mode: z.enum(["in_person", "online"], { message: "meeting_mode must be in_person or online" }).optional(),
    notes: z.string().max(1000, "notes can be at most 1000 characters").optional(),
  })
  .strict()
export type StoreHoldBookingType = z.infer<typeof StoreHoldBooking>

/** The sessions of a cart or an order take no parameters. */
export const StoreListSessionLines = z.object({}).strict()
