import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { pairHoldsWithOrderLines } from "../../../lib/bookings/order-lines"
import { EVENT_MODULE } from "../../../modules/event"
import { newCheckInCode } from "../../../modules/event/check-in-code"
import type EventModuleService from "../../../modules/event/service"
import { placedOrderLines } from "../../checkout/utils/placed-order-lines"

export const issueOrderTicketsStepId = "issue-order-tickets"

type Attendee = { name: string; email: string | null }

const NOTHING_ISSUED = { ticket_ids: [] as string[], hold_ids: [] as string[] }

/**
 * Turns the seats held by the order's own cart into tickets: for each hold
 * whose line is in the order at the hold's quantity, one ticket per attendee
 * with a fresh random check-in code, and the hold becomes sold (linked to the
 * order and its line). Nothing a line's metadata says is read. Holds already
 * sold are left alone and a ticket is unique per hold and seat, so running it
 * twice (a retried event, the sweep) issues nothing new. Returns the tickets
 * issued now.
 */
export const issueOrderTicketsStep = createStep(
  issueOrderTicketsStepId,
  async (input: { order_id: string }, { container }) => {
    const placed = await placedOrderLines(container, input.order_id)
    if (!placed) return new StepResponse([], NOTHING_ISSUED)
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const held = await events.listEventSeatHolds({ cart_id: placed.cart_id, status: "held" })
    const pairs = pairHoldsWithOrderLines(held, placed.cart_lines, placed.order_lines)
    const paid = held.filter((hold) => pairs.has(hold.id))
    if (!paid.length) return new StepResponse([], NOTHING_ISSUED)
    const { order } = placed
    const tickets = await events.sellSeatHolds({
      order_id: order.id,
      hold_ids: paid.map((hold) => hold.id),
      tickets: paid.flatMap((hold) =>
        (hold.attendees as unknown as Attendee[]).map((attendee, seat) => ({
          event_date_id: hold.event_date_id,
          ticket_type_id: hold.ticket_type_id,
          order_id: order.id,
          line_item_id: pairs.get(hold.id)!,
          customer_id: order.customer_id,
          attendee_name: attendee.name,
          attendee_email: attendee.email ?? order.email,
          code: newCheckInCode(),
          seat_hold_id: hold.id,
          seat,
        }))
      ),
    })
    return new StepResponse(tickets, { ticket_ids: tickets.map((ticket) => ticket.id), hold_ids: paid.map((hold) => hold.id) })
  },
  async (issued, { container }) => {
    if (!issued?.hold_ids.length) return
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    await events.deleteEventTickets(issued.ticket_ids)
    await events.updateEventSeatHolds(issued.hold_ids.map((id) => ({ id, status: "held" as const, order_id: null })))
  }
)
