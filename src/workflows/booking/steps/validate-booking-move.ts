import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findMovableBooking } from "../utils/find-movable-booking"

export const validateBookingMoveStepId = "validate-booking-move"

/** The shopper's own confirmed booking, movable under the policy now. Writes nothing. */
export const validateBookingMoveStep = createStep(
  validateBookingMoveStepId,
  async (input: { booking_id: string; customer_id: string }, { container }) =>
    new StepResponse(await findMovableBooking(container, { bookingId: input.booking_id, customerId: input.customer_id, now: new Date() }))
)
