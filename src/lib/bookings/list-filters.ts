import { BookingStatus, PLACED_BOOKING_STATUSES } from "../../modules/booking/statuses"

/** Query filters for booking lists, shared by the shopper's, the practitioner's and staff's routes. */

/** `starts_at` within [from, to), or nothing when neither is given. */
export function startsWithin(from?: Date, to?: Date): { starts_at?: Record<string, Date> } {
  if (!from && !to) return {}
  const starts_at: Record<string, Date> = {}
  if (from) starts_at.$gte = from
  if (to) starts_at.$lt = to
  return { starts_at }
}

type BookingFilters = {
  customer_id: string
  order_id: { $ne: null }
  status: BookingStatus | BookingStatus[]
  starts_at?: Record<string, Date>
}

/** A shopper's view: sessions from placed orders, upcoming, past, cancelled or all of them. */
export function shopperBookingFilters(customerId: string, view: "upcoming" | "past" | "cancelled" | undefined, now: Date): BookingFilters {
  const own = { customer_id: customerId, order_id: { $ne: null } }
  switch (view) {
    case "upcoming":
      return { ...own, status: "confirmed", starts_at: { $gte: now } }
    case "past":
      return { ...own, status: ["confirmed", "completed", "no_show"], starts_at: { $lt: now } }
    case "cancelled":
      return { ...own, status: "cancelled" }
    default:
      return { ...own, status: [...PLACED_BOOKING_STATUSES] }
  }
}
