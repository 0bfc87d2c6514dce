import { allowedBookingActions } from "../../../lib/bookings/allowed-actions"
import type { Canceller } from "../../../lib/bookings/policy"
import { bookingPolicies } from "./booking-policies"

type Container = { resolve: <T>(key: string) => T }
type BookingRow = { practitioner_id: string; status: string; starts_at: Date | string; reschedule_count: number }

/** Bookings with `allowed_actions`: what this viewer may do with each now, under its practitioner's policy. */
export async function withAllowedActions<T extends BookingRow>(container: Container, viewer: Canceller, bookings: T[], now: Date) {
  const policies = await bookingPolicies(container, [...new Set(bookings.map((b) => b.practitioner_id))])
  return bookings.map((booking) => ({
    ...booking,
    allowed_actions: allowedBookingActions(booking, viewer, policies.get(booking.practitioner_id)!, now),
  }))
}
