import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { rescheduleProblem } from "../../lib/bookings/policy"
import { AVAILABILITY_MODULE } from "../../modules/availability"
import AvailabilityModuleService from "../../modules/availability/service"
import { BOOKING_MODULE } from "../../modules/booking"
import BookingModuleService from "../../modules/booking/service"

export const validateBookingMoveStepId = "validate-booking-move"

/** The shopper's own confirmed booking, movable under the policy now. Writes nothing. */
export const validateBookingMoveStep = createStep(
  validateBookingMoveStepId,
  async (input: { booking_id: string; customer_id: string }, { container }) => {
    const booking = await container
      .resolve<BookingModuleService>(BOOKING_MODULE)
      .retrieveBooking(input.booking_id)
      .catch(() => undefined)
    if (!booking || booking.customer_id !== input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no booking with id ${input.booking_id}.`)
    }
    const { policy } = await container
      .resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
      .availabilityFor(booking.practitioner_id, { from: booking.starts_at, to: booking.ends_at })
    const problem = rescheduleProblem(policy, { ...booking, starts_at: new Date(booking.starts_at) }, new Date())
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    return new StepResponse(booking)
  }
)
