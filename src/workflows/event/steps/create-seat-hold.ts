import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import type { TicketOffer } from "../../../lib/events/seats"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { holdMinutes } from "../../booking/utils/hold-minutes"

export const createSeatHoldStepId = "create-seat-hold"

export type Attendee = { name: string; email?: string }

const MINUTE = 60_000

/** Holds one seat per attendee for the cart until BOOKING_HOLD_MINUTES from now; removed again if the workflow fails later. */
export const createSeatHoldStep = createStep(
  createSeatHoldStepId,
  async (input: { cart_id: string; customer_id: string | null; offer: TicketOffer; attendees: Attendee[]; now: Date }, { container }) => {
    const hold = await container.resolve<EventModuleService>(EVENT_MODULE).createEventSeatHolds({
      cart_id: input.cart_id,
      customer_id: input.customer_id,
      variant_id: input.offer.variant_id,
      event_date_id: input.offer.date.id,
      ticket_type_id: input.offer.ticket_type.id,
      quantity: input.attendees.length,
      // A JSON array; the model's json() type speaks only of objects.
      attendees: input.attendees.map(({ name, email }) => ({ name, email: email ?? null })) as unknown as Record<string, unknown>,
      status: "held",
      expires_at: new Date(new Date(input.now).getTime() + holdMinutes() * MINUTE),
    })
    return new StepResponse(hold, hold.id)
  },
  async (holdId, { container }) => {
    if (!holdId) return
    await container.resolve<EventModuleService>(EVENT_MODULE).deleteEventSeatHolds([holdId])
  }
)
