import { MedusaError } from "@medusajs/framework/utils"
import { rescheduleProblem } from "../../../lib/bookings/policy"
import { BOOKING_MODULE } from "../../../modules/booking"
import type BookingModuleService from "../../../modules/booking/service"
import { bookingPolicy } from "./booking-policies"

type Container = { resolve: <T>(key: string) => T }

/**
 * The shopper's own booking, if the policy lets them move it now; otherwise
 * a 404 (not theirs) or a 400 that says why. One check for listing the times
 * it can move to and for moving it.
 */
export async function findMovableBooking(container: Container, input: { bookingId: string; customerId: string; now: Date }) {
  const booking = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .retrieveBooking(input.bookingId)
    .catch(() => undefined)
  if (!booking || booking.customer_id !== input.customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${input.bookingId}.`)
  }
  const policy = await bookingPolicy(container, booking.practitioner_id)
  const problem = rescheduleProblem(policy, { ...booking, starts_at: new Date(booking.starts_at) }, input.now)
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
  return booking
}
