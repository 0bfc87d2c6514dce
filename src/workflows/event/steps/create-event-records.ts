import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { NewEvent } from "../../../lib/events/event-catalog"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const createEventRecordsStepId = "create-event-records"

/** The event, its dates and its ticket types in the event module, in the order given. */
export const createEventRecordsStep = createStep(
  createEventRecordsStepId,
  async (input: { event: NewEvent }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const { dates, ticket_types, ...fields } = input.event
    const event = await events.createEvents(fields)
    const created = {
      event,
      dates: await events.createEventDates(dates.map((date) => ({ ...date, event_id: event.id }))),
      ticket_types: await events.createEventTicketTypes(
        ticket_types.map(({ prices: _prices, ...type }) => ({ ...type, event_id: event.id }))
      ),
    }
    return new StepResponse(created, event.id)
  },
  async (eventId, { container }) => {
    if (eventId) await container.resolve<EventModuleService>(EVENT_MODULE).deleteEvents([eventId])
  }
)
