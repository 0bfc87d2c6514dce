import { MedusaError } from "@medusajs/framework/utils"
import { AVAILABILITY_MODULE } from "../../modules/availability"
import type AvailabilityModuleService from "../../modules/availability/service"
import { BOOKING_MODULE } from "../../modules/booking"
import type BookingModuleService from "../../modules/booking/service"
import { rescheduleProblem } from "./policy"

type Container = { resolve: <T>(key: string) => T }

/**
 * The shopper's own booking, if the policy lets them move it now; otherwise
 * a 404 (not theirs) or a 400 that says why. One check for listing the times
 * it can move to and for moving it.
 */
export async function findMovableBooking(container: Container, bookingId: string, customerId: string) {
  const booking = await container
    .resolve<BookingModuleService>(BOOKING_MODULE)
    .retrieveBooking(bookingId)
    .catch(() => undefined)
  if (!booking || booking.customer_id !== customerId) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${bookingId}.`)
  }
  const { policy } = await container
    .resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
    .availabilityFor(booking.practitioner_id, { from: booking.starts_at, to: booking.ends_at })
  const problem = rescheduleProblem(policy, { ...booking, starts_at: new Date(booking.starts_at) }, new Date())
  if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
  return booking
}
