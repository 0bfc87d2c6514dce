import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { sendDueRemindersStep } from "../steps/send-due-reminders"

export const sendBookingRemindersWorkflowId = "send-booking-reminders"

/** Run by a job: a day before each confirmed session, remind the shopper and the practitioner. */
export const sendBookingRemindersWorkflow = createWorkflow(
  sendBookingRemindersWorkflowId,
  (input: { now: Date }) => new WorkflowResponse(sendDueRemindersStep(input))
)
