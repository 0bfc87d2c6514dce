import { z } from "@medusajs/framework/zod"
import { isKnownTimeZone } from "../../../../../lib/practitioners/time-zone"
import { horizonInstant } from "../../../../utils/instants"
import { MAX_ID_LENGTH } from "../../../../utils/paging"

export const StoreHoldBooking = z
  .object({
    variant_id: z.string({ message: "variant_id is required: the session duration to book" }).min(1).max(MAX_ID_LENGTH),
    starts_at: horizonInstant("starts_at"),
    timezone: z
      .string()
      .max(64, "timezone is too long for a time zone")
      .refine(isKnownTimeZone, { message: 'timezone must be an IANA time zone such as "Europe/London"' })
      .optional(),
    meeting_mode: z.enum(["in_person", "online"], { message: "meeting_mode must be in_person or online" }).optional(),
    notes: z.string().max(1000, "notes can be at most 1000 characters").optional(),
  })
  .strict()
export type StoreHoldBookingType = z.infer<typeof StoreHoldBooking>

/** The sessions of a cart or an order take no parameters. */
export const StoreListSessionLines = z.object({}).strict()
