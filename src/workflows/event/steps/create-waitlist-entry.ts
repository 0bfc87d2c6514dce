import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const createWaitlistEntryStepId = "create-waitlist-entry"

/** Puts the entry at the end of the date's queue; removed again if the workflow fails later. */
export const createWaitlistEntryStep = createStep(
  createWaitlistEntryStepId,
  async (input: { event_date_id: string; email: string; customer_id: string | null; quantity: number }, { container }) => {
    const entry = await container.resolve<EventModuleService>(EVENT_MODULE).joinWaitlist(input)
    return new StepResponse(entry, entry.id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    await container.resolve<EventModuleService>(EVENT_MODULE).deleteEventWaitlistEntries([entryId])
  }
)
