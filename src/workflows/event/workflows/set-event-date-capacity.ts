import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { acquireLockStep, releaseLockStep } from "@medusajs/medusa/core-flows"
import { setDateCapacityStep } from "../steps/set-date-capacity"
import { dateSeatsLockKey } from "../utils/date-seats"
import { offerFreedSeatsWorkflow } from "./offer-freed-seats"

export const setEventDateCapacityWorkflowId = "set-event-date-capacity"

/** Changes how many seats a date has; seats added go to the waitlist first, if anyone waits. */
export const setEventDateCapacityWorkflow = createWorkflow(
  setEventDateCapacityWorkflowId,
  (input: { event_date_id: string; host_practitioner_id?: string; capacity: number; now: Date }) => {
    const lock = transform({ input }, ({ input }) => dateSeatsLockKey(input.event_date_id))
    acquireLockStep({ key: lock, timeout: 30, ttl: 30 })
    const set = setDateCapacityStep(input)
    releaseLockStep({ key: lock })
    offerFreedSeatsWorkflow.runAsStep({
      input: transform({ input }, ({ input }) => ({ event_date_id: input.event_date_id, now: input.now })),
    })
    return new WorkflowResponse(set)
  }
)
