import { z } from "@medusajs/framework/zod"
import { Weekday } from "../../../lib/scheduling"
import { bookingStatus } from "../../utils/booking-status"
import { filterInstant, horizonInstant } from "../../utils/instants"
import { listOffset } from "../../utils/paging"

const wallTime = z.string().regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, "times are HH:MM from 00:00 to 24:00, e.g. 09:30")
const interval = z.object({ start: wallTime, end: wallTime }).strict()

export const VendorSetWeekly = z
  .object({
    rules: z
      .array(
        z
          .object({
            weekday: z
              .number()
              .int()
              .min(1, "weekday is 1 (Monday) to 7 (Sunday)")
              .max(7, "weekday is 1 (Monday) to 7 (Sunday)")
              // An integer from 1 to 7 by the checks above; zod cannot narrow a number to a union of literals.
              .transform((day) => day as Weekday),
            start: wallTime,
            end: wallTime,
          })
          .strict()
      )
      .max(70, "at most 70 intervals a week"),
  })
  .strict()
export type VendorSetWeeklyType = z.infer<typeof VendorSetWeekly>

export const VendorSetOverride = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "date is YYYY-MM-DD in your time zone"),
    intervals: z.array(interval).max(10, "at most 10 intervals on a date"),
  })
  .strict()
export type VendorSetOverrideType = z.infer<typeof VendorSetOverride>

export const VendorAddTimeOff = z
  .object({ starts_at: horizonInstant("starts_at"), ends_at: horizonInstant("ends_at"), reason: z.string().max(500).optional() })
  .strict()
  .refine((t) => t.ends_at > t.starts_at, { message: "ends_at must be after starts_at", path: ["ends_at"] })
export type VendorAddTimeOffType = z.infer<typeof VendorAddTimeOff>

const minutes = (field: string, max: number) =>
  z.number().int().min(0, `${field} cannot be negative`).max(max, `${field} can be at most ${max}`)

export const VendorSaveSettings = z
  .object({
    buffer_before_minutes: minutes("buffer_before_minutes", 240).optional(),
    buffer_after_minutes: minutes("buffer_after_minutes", 240).optional(),
    minimum_notice_minutes: minutes("minimum_notice_minutes", 43200).optional(),
    maximum_advance_days: z.number().int().min(1).max(365, "maximum_advance_days can be at most 365").optional(),
    slot_step_minutes: z.number().int().min(5, "slot_step_minutes is at least 5").max(240).optional(),
    cancellation_policy: z
      .object({
        refund_tiers: z
          .array(
            z
              .object({
                hours_before: z.number().min(0).max(8760, "hours_before can be at most 8760 (a year)"),
                percent: z.number().min(0).max(100, "a refund is at most 100 %"),
              })
              .strict()
          )
          .min(1)
          .max(6)
          .optional(),
        reschedule_until_hours_before: z.number().min(0).max(720).optional(),
        max_reschedules: z.number().int().min(0).max(10).optional(),
      })
      .strict()
      .nullable()
      .optional(),
  })
  .strict()
export type VendorSaveSettingsType = z.infer<typeof VendorSaveSettings>

export const VendorListBookings = z
  .object({
    from: filterInstant("from").optional(),
    to: filterInstant("to").optional(),
    status: bookingStatus,
    order: z
      .enum(["starts_at", "-starts_at"], { message: "order is starts_at (soonest first) or -starts_at (latest first)" })
      .default("starts_at"),
    limit: z.coerce.number().int().min(1).max(100, "limit can be at most 100").default(50),
    offset: listOffset,
  })
  .strict()
export type VendorListBookingsType = z.infer<typeof VendorListBookings>
