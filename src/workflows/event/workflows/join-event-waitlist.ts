import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { createWaitlistEntryStep } from "../steps/create-waitlist-entry"
import { validateWaitlistJoinStep } from "../steps/validate-waitlist-join"
import { dateSeatsLockKey } from "../utils/date-seats"

export const joinEventWaitlistWorkflowId = "join-event-waitlist"

export type JoinEventWaitlistInput = { event_date_id: string; email: string; customer_id: string | null; quantity: number; now: Date }

/**
 * A shopper joins a sold-out date's waitlist: under the date's lock (the
 * lock every seat count is taken under), check it is sold out and the
 * request within the rules, then take the next place in the queue.
 */
export const joinEventWaitlistWorkflow = createWorkflow(joinEventWaitlistWorkflowId, (input: JoinEventWaitlistInput) => {
  const lock = transform({ input }, ({ input }) => dateSeatsLockKey(input.event_date_id))
  acquireLockStep({ key: lock, timeout: 30, ttl: 30 })
  validateWaitlistJoinStep(input)
  const entry = createWaitlistEntryStep(
    transform({ input }, ({ input }) => ({
      event_date_id: input.event_date_id,
      email: input.email,
      customer_id: input.customer_id,
      quantity: input.quantity,
    }))
  )
  releaseLockStep({ key: lock })
  return new WorkflowResponse(entry)
})
