import { model } from "@medusajs/framework/utils"
import { TICKET_STATUSES } from "../values"
import { EventDate } from "./event-date"
import { TicketType } from "./ticket-type"

/**
 * One attendee's seat on one date. `code` is what the QR carries and a door
 * scanner checks: random, never a database id, unique, and replaced (the old
 * one revoked) when a ticket is reissued.
 */
export const Ticket = model
  .define("event_ticket", {
    id: model.id({ prefix: "tkt" }).primaryKey(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    customer_id: model.text().nullable(),
    attendee_name: model.text(),
    attendee_email: model.text().nullable(),
    code: model.text(),
    code_revoked_at: model.dateTime().nullable(),
    status: model.enum([...TICKET_STATUSES]).default("valid"),
    checked_in_at: model.dateTime().nullable(),
    checked_in_by: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    refund_amount: model.bigNumber().nullable(),
    /** The hold this ticket was sold from and which of its attendees (0-based): one ticket per seat, however often it is issued. */
    seat_hold_id: model.text().nullable(),
    seat: model.number().nullable(),
    event_date: model.belongsTo(() => EventDate, { mappedBy: "tickets" }),
    ticket_type: model.belongsTo(() => TicketType, { mappedBy: "tickets" }),
  })
  .indexes([
    { on: ["code"], unique: true },
    { on: ["event_date_id", "status"] },
    { on: ["order_id"] },
    { on: ["customer_id"] },
    { on: ["seat_hold_id", "seat"], unique: true, where: "seat_hold_id IS NOT NULL AND deleted_at IS NULL" },
  ])
  .checks([
    {
      name: "event_ticket_checked_in_has_time",
      expression: (c) => `${c.status} <> 'checked_in' OR (${c.checked_in_at} IS NOT NULL AND ${c.checked_in_by} IS NOT NULL)`,
    },
  ])
