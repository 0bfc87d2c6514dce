import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const leaveWaitlistEntryStepId = "leave-waitlist-entry"

/** The shopper's own open place on a waitlist ends (anyone else's is not found); given back if the workflow fails later. */
export const leaveWaitlistEntryStep = createStep(
  leaveWaitlistEntryStepId,
  async (input: { entry_id: string; customer_id: string }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [entry] = await events.listEventWaitlistEntries(
      { id: input.entry_id, customer_id: input.customer_id, status: ["waiting", "offered"] },
      { select: ["id", "status", "event_date_id"] }
    )
    const moved = entry ? await events.moveWaitlistEntries({ ids: [entry.id], from: [entry.status], to: "left" }) : []
    if (!entry || !moved.length) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no open place on a waitlist with id ${input.entry_id}.`)
    }
    return new StepResponse(
      { event_date_id: entry.event_date_id, had_offer: entry.status === "offered" },
      { id: entry.id, status: entry.status }
    )
  },
  async (left, { container }) => {
    if (!left) return
    await container.resolve<EventModuleService>(EVENT_MODULE).moveWaitlistEntries({ ids: [left.id], from: ["left"], to: left.status })
  }
)
