import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, emitEventStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { moveBookingStep } from "../steps/move-booking"
import { resolveSessionVariantStep } from "../steps/resolve-session-variant"
import { validateBookingMoveStep } from "../steps/validate-booking-move"
import { validateSlotIsFreeStep } from "../steps/validate-slot-is-free"

export const rescheduleBookingWorkflowId = "reschedule-booking"

/**
 * A shopper moves their confirmed session to another free time of the same
 * practitioner, within the policy (until 12 h before, at most twice by
 * default). The booking's own current time does not count as taken.
 */
export const rescheduleBookingWorkflow = createWorkflow(
  rescheduleBookingWorkflowId,
  (input: { booking_id: string; customer_id: string; starts_at: Date }) => {
    const booking = validateBookingMoveStep({ booking_id: input.booking_id, customer_id: input.customer_id })
    const session = resolveSessionVariantStep(transform({ booking }, ({ booking }) => ({ variant_id: booking.variant_id })))
    const lockKey = transform({ booking }, ({ booking }) => `booking:${booking.practitioner_id}`)
    acquireLockStep({ key: lockKey, timeout: 10, ttl: 30 })
    // Again under the lock: a move that raced this one may have used the last reschedule.
    validateBookingMoveStep({ booking_id: input.booking_id, customer_id: input.customer_id }).config({
      name: "validate-booking-move-locked",
    })
    validateSlotIsFreeStep(
      transform({ session, input }, ({ session, input }) => ({ session, starts_at: input.starts_at, ignore_booking_id: input.booking_id }))
    )
    const moved = moveBookingStep(
      transform({ session, input }, ({ session, input }) => ({ booking_id: input.booking_id, session, starts_at: input.starts_at }))
    )
    releaseLockStep({ key: lockKey })
    emitEventStep({ eventName: "booking.rescheduled", data: { id: input.booking_id } })
    return new WorkflowResponse(moved)
  }
)
