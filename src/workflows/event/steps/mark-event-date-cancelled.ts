import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import type { CancellationActor } from "../../booking/steps/quote-booking-cancellation"

export const markEventDateCancelledStepId = "mark-event-date-cancelled"

/**
 * Cancels a date for its host or staff (another host's date is not found):
 * a scheduled date becomes cancelled with the reason; one already cancelled
 * stays as it is, so cancelling again finishes what a first run left.
 * Answers the tickets still valid on it. Scheduled again if the workflow
 * fails later.
 */
export const markEventDateCancelledStep = createStep(
  markEventDateCancelledStepId,
  async (input: { event_date_id: string; actor: CancellationActor; reason: string; now: Date }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [date] = await events.listEventDates({ id: input.event_date_id }, { relations: ["event"] })
    const owns = date && (input.actor.by === "staff" || date.event.host_practitioner_id === input.actor.practitioner_id)
    if (!date || !owns) throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no event date with id ${input.event_date_id}.`)
    if (date.status === "completed") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This date has already taken place.")
    const changed = date.status === "scheduled"
    if (changed) {
      await events.updateEventDates({
        id: date.id,
        status: "cancelled",
        cancelled_at: new Date(input.now),
        cancellation_reason: input.reason,
      })
    }
    const valid = await events.listEventTickets({ event_date_id: date.id, status: "valid" }, { select: ["id"] })
    return new StepResponse({ ticket_ids: valid.map((ticket) => ticket.id) }, changed ? date.id : null)
  },
  async (dateId, { container }) => {
    if (!dateId) return
    await container
      .resolve<EventModuleService>(EVENT_MODULE)
      .updateEventDates({ id: dateId, status: "scheduled", cancelled_at: null, cancellation_reason: null })
  }
)
