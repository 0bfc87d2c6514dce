import { MedusaError } from "@medusajs/framework/utils"
import { createStep } from "@medusajs/framework/workflows-sdk"
import { NewEvent, newEventProblems, reviveNewEvent } from "../../../lib/events/event-catalog"

export const validateNewEventStepId = "validate-new-event"

/** Refuses an event whose dates, capacity, venue or ticket types do not hold together, naming every problem. */
export const validateNewEventStep = createStep(validateNewEventStepId, async (input: { event: NewEvent; now: Date }) => {
  const problems = newEventProblems(reviveNewEvent(input.event), new Date(input.now))
  if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The event cannot be created: ${problems.join("; ")}.`)
})
