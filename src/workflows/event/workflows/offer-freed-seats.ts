import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { notifyWaitlistOffersStep } from "../steps/notify-waitlist-offers"
import { offerWaitlistSeatsStep } from "../steps/offer-waitlist-seats"
import { dateSeatsLockKey } from "../utils/date-seats"

export const offerFreedSeatsWorkflowId = "offer-freed-seats"

/**
 * Moves a date's waitlist on: lapsed offers expire, and seats nobody has are
 * offered to those waiting, in queue order, each by email with its link.
 * Run when seats may have come free (a ticket cancelled, a cart's seats
 * released, a hold or an offer expired, capacity raised) and by the job;
 * running it twice offers nothing twice.
 */
export const offerFreedSeatsWorkflow = createWorkflow(offerFreedSeatsWorkflowId, (input: { event_date_id: string; now: Date }) => {
  const lock = transform({ input }, ({ input }) => dateSeatsLockKey(input.event_date_id))
  acquireLockStep({ key: lock, timeout: 30, ttl: 30 })
  const moved = offerWaitlistSeatsStep(input)
  releaseLockStep({ key: lock })
  notifyWaitlistOffersStep(
    transform({ input, moved }, ({ input, moved }) => ({ event_date_id: input.event_date_id, offers: moved.offers }))
  )
  return new WorkflowResponse(moved)
})
