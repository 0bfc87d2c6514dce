import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import type { CancellationActor } from "../../booking/steps/quote-booking-cancellation"
import { closeCancelledDateStep } from "../steps/close-cancelled-date"
import { markEventDateCancelledStep } from "../steps/mark-event-date-cancelled"
import { dateSeatsLockKey } from "../utils/date-seats"

export const cancelEventDateWorkflowId = "cancel-event-date"

export type CancelEventDateInput = { event_date_id: string; actor: CancellationActor; reason: string; now: Date }

/**
 * The host or staff cancel a date: under the date's lock it stops selling,
 * carts' holds are released and the waitlist is told. Answers the tickets
 * still valid on it, each to be cancelled and refunded in full
 * (`cancelWholeEventDate` does both).
 */
export const cancelEventDateWorkflow = createWorkflow(cancelEventDateWorkflowId, (input: CancelEventDateInput) => {
  const lock = transform({ input }, ({ input }) => dateSeatsLockKey(input.event_date_id))
  acquireLockStep({ key: lock, timeout: 30, ttl: 60 })
  const marked = markEventDateCancelledStep(input)
  const closed = closeCancelledDateStep(transform({ input }, ({ input }) => ({ event_date_id: input.event_date_id, reason: input.reason })))
  releaseLockStep({ key: lock })
  return new WorkflowResponse(transform({ marked, closed }, ({ marked, closed }) => ({ ...marked, ...closed })))
})
