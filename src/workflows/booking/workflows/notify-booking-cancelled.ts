import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { notifyBookingCancelledStep } from "../steps/notify-booking-cancelled"

export const notifyBookingCancelledWorkflowId = "notify-booking-cancelled"

/** The emails of a cancelled session, to its shopper and its practitioner. */
export const notifyBookingCancelledWorkflow = createWorkflow(
  notifyBookingCancelledWorkflowId,
  (input: { booking_id: string; refund_amount: number }) => new WorkflowResponse(notifyBookingCancelledStep(input))
)
