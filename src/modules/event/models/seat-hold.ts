import { model } from "@medusajs/framework/utils"
import { SEAT_HOLD_STATUSES } from "../values"
import { EventDate } from "./event-date"
import { TicketType } from "./ticket-type"

/**
 * Seats of one date kept for one cart while its shopper checks out: one cart
 * line (`line_item_id`, the one reference between the two) of `quantity`
 * tickets of one variant, one attendee each. A held hold counts against the
 * date's seats until `expires_at` (plus a short grace); the order it became
 * (`order_id`) turns it into tickets.
 */
export const SeatHold = model
  .define("event_seat_hold", {
    id: model.id({ prefix: "seat" }).primaryKey(),
    cart_id: model.text(),
    customer_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    variant_id: model.text(),
    quantity: model.number(),
    attendees: model.json(),
    status: model.enum([...SEAT_HOLD_STATUSES]).default("held"),
    expires_at: model.dateTime(),
    order_id: model.text().nullable(),
    event_date: model.belongsTo(() => EventDate, { mappedBy: "seat_holds" }),
    ticket_type: model.belongsTo(() => TicketType, { mappedBy: "seat_holds" }),
  })
  .indexes([
    { on: ["event_date_id", "status", "expires_at"] },
    { on: ["cart_id", "status"] },
    { on: ["line_item_id"], unique: true, where: "line_item_id IS NOT NULL AND deleted_at IS NULL" },
    { on: ["status", "expires_at"] },
  ])
  .checks([{ name: "event_seat_hold_quantity", expression: (c) => `${c.quantity} BETWEEN 1 AND 100` }])
