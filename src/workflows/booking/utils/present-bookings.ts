import { allowedBookingActions } from "../../../lib/bookings/allowed-actions"
import type { Canceller } from "../../../lib/bookings/policy"
import { bookingPolicies } from "./booking-policies"

type Container = { resolve: <T>(key: string) => T }
type BookingRow = { practitioner_id: string; status: string; starts_at: Date | string; reschedule_count: number }

/**
 * Bookings as a route answers them: every linked record the fields ask for is
 * there, as null when the booking has none (a hold has no order yet), and
 * `allowed_actions` says what this viewer may do with each now, under its
 * practitioner's policy.
 */
export async function presentBookings<T extends BookingRow>(
  container: Container,
  viewer: Canceller,
  bookings: T[],
  fields: string[],
  now: Date
) {
  const linked = [...new Set(fields.filter((field) => field.includes(".")).map((field) => field.split(".")[0]))]
  const policies = await bookingPolicies(container, [...new Set(bookings.map((b) => b.practitioner_id))])
  return bookings.map((booking) => ({
    ...booking,
    ...Object.fromEntries(linked.map((relation) => [relation, (booking as Record<string, unknown>)[relation] ?? null])),
    allowed_actions: allowedBookingActions(booking, viewer, policies.get(booking.practitioner_id)!, now),
  }))
}
