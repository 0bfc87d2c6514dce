import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { leaveWaitlistEntryStep } from "../steps/leave-waitlist-entry"
import { offerFreedSeatsWorkflow } from "./offer-freed-seats"

export const leaveEventWaitlistWorkflowId = "leave-event-waitlist"

/** A shopper leaves a waitlist; if they held an offer, its seats go straight to the next in line. */
export const leaveEventWaitlistWorkflow = createWorkflow(
  leaveEventWaitlistWorkflowId,
  (input: { entry_id: string; customer_id: string; now: Date }) => {
    const left = leaveWaitlistEntryStep(input)
    when("offer-freed-seats", { left }, ({ left }) => left.had_offer).then(() => {
      offerFreedSeatsWorkflow.runAsStep({
        input: transform({ left, input }, ({ left, input }) => ({ event_date_id: left.event_date_id, now: input.now })),
      })
    })
    return new WorkflowResponse(left)
  }
)
