import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { emitEventStep } from "@medusajs/medusa/core-flows"
import { setBookingOutcomeStep } from "../steps/set-booking-outcome"

/** A practitioner records how a session went: completed, or the client did not come. */
export const markBookingOutcomeWorkflow = createWorkflow(
  "mark-booking-outcome",
  (input: { practitioner_id: string; booking_id: string; outcome: "completed" | "no_show" }) => {
    const booking = setBookingOutcomeStep(input)
    emitEventStep({ eventName: "booking.outcome_recorded", data: { id: input.booking_id, outcome: input.outcome } })
    return new WorkflowResponse(booking)
  }
)
