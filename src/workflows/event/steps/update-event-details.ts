import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { eventStatusProblem } from "../../../lib/events/event-changes"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const updateEventDetailsStepId = "update-event-details"

export type EventDetailsUpdate = {
  title?: string
  description?: string | null
  venue_name?: string | null
  venue_address?: string | null
  city?: string | null
  online_url?: string | null
  check_in_opens_minutes?: number
  cancellation_policy?: { refund_tiers: Array<{ hours_before: number; percent: number }> } | null
  status?: "draft" | "published"
}

/**
 * Changes an event's words, place, link, check-in window, refund tiers or
 * status, for its host (another host's event is not found) or staff. The
 * status moves only as `eventStatusProblem` allows. Restored if the workflow
 * fails later.
 */
export const updateEventDetailsStep = createStep(
  updateEventDetailsStepId,
  async (input: { event_id: string; host_practitioner_id?: string; update: EventDetailsUpdate }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [event] = await events.listEvents({ id: input.event_id }, { relations: ["dates"] })
    if (!event || (input.host_practitioner_id && event.host_practitioner_id !== input.host_practitioner_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no event with id ${input.event_id}.`)
    }
    const { update } = input
    if (update.status) {
      const sold = [...(await events.ticketCounts(event.dates.map((d) => d.id))).values()].reduce((sum, c) => sum + c.sold, 0)
      const problem = eventStatusProblem(event.status, update.status, sold)
      if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    }
    const format = event.format
    const venue = update.venue_name === undefined ? event.venue_name : update.venue_name
    const link = update.online_url === undefined ? event.online_url : update.online_url
    if (format !== "online" && !venue)
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "an event that meets in person needs venue_name")
    if (format !== "in_person" && !link) throw new MedusaError(MedusaError.Types.INVALID_DATA, "an online or hybrid event needs online_url")
    const before = Object.fromEntries(Object.keys(update).map((key) => [key, (event as Record<string, unknown>)[key]]))
    const updated = await events.updateEvents({ id: event.id, ...update })
    return new StepResponse(updated, { id: event.id, ...before })
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<EventModuleService>(EVENT_MODULE).updateEvents(before)
  }
)
