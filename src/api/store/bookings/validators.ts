import { z } from "@medusajs/framework/zod"
import { horizonInstant } from "../../utils/instants"
import { windowFields, withWindowRules } from "../practitioners/[handle]/slots/validators"
import { listOffset, MAX_ID_LENGTH } from "../../utils/paging"

export const StoreCancelBooking = z
  .object({
    confirm: z.boolean({ message: "confirm must be true or false" }).default(false),
    reason: z.string().max(1000, "reason can be at most 1000 characters").optional(),
  })
  .strict()
export type StoreCancelBookingType = z.infer<typeof StoreCancelBooking>

export const StoreRescheduleBooking = z
  .object({
    starts_at: horizonInstant("starts_at"),
  })
  .strict()
export type StoreRescheduleBookingType = z.infer<typeof StoreRescheduleBooking>

export const StoreListMyBookings = z
  .object({
    status: z.enum(["upcoming", "past", "cancelled"], { message: "status must be upcoming, past or cancelled" }).optional(),
    limit: z.coerce.number().int().min(1).max(50, "limit can be at most 50").default(20),
    offset: listOffset,
  })
  .strict()
export type StoreListMyBookingsType = z.infer<typeof StoreListMyBookings>

export const StoreBookingCalendar = z
  .object({ order_id: z.string().min(1, "order_id is the id of the order the session was bought in").max(MAX_ID_LENGTH).optional() })
  .strict()
export type StoreBookingCalendarType = z.infer<typeof StoreBookingCalendar>

/** The times one's own booking can move to: its practitioner's, its duration, in `tz` (default the booking's zone). */
export const StoreListMoveSlots = withWindowRules(z.object(windowFields).strict())
export type StoreListMoveSlotsType = z.infer<typeof StoreListMoveSlots>
