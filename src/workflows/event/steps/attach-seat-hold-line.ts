import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { newCartLine } from "../../checkout/utils/new-cart-line"

export const attachSeatHoldLineStepId = "attach-seat-hold-line"

/** Records on the hold which cart line carries its tickets (its line_item_id), right after the line was added. */
export const attachSeatHoldLineStep = createStep(
  attachSeatHoldLineStepId,
  async (input: { hold_id: string }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const hold = await events.retrieveEventSeatHold(input.hold_id)
    const others = await events.listEventSeatHolds({ cart_id: hold.cart_id, id: { $ne: hold.id } }, { select: ["line_item_id"] })
    const lineId = await newCartLine(container, {
      cart_id: hold.cart_id,
      variant_id: hold.variant_id,
      carried: new Set(others.map((other) => other.line_item_id)),
      hold: `seat hold ${hold.id}`,
    })
    const attached = await events.updateEventSeatHolds({ id: hold.id, line_item_id: lineId })
    return new StepResponse(attached, hold.id)
  },
  async (holdId, { container }) => {
    if (!holdId) return
    await container.resolve<EventModuleService>(EVENT_MODULE).updateEventSeatHolds({ id: holdId, line_item_id: null })
  }
)
