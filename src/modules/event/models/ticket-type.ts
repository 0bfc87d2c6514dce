import { model } from "@medusajs/framework/utils"
import { SeatHold } from "./seat-hold"
import { TICKET_TYPE_KINDS } from "../values"
import { Event } from "./event"
import { Ticket } from "./ticket"
import { TicketVariant } from "./ticket-variant"

/**
 * A kind of ticket for an event's dates (general, early bird within its sale
 * window, concession), at most `per_order_limit` in one order. Its prices are
 * on the product variants that sell it.
 */
export const TicketType = model
  .define("event_ticket_type", {
    id: model.id({ prefix: "evtt" }).primaryKey(),
    name: model.text(),
    kind: model.enum([...TICKET_TYPE_KINDS]).default("general"),
    sale_starts_at: model.dateTime().nullable(),
    sale_ends_at: model.dateTime().nullable(),
    per_order_limit: model.number().default(10),
    event: model.belongsTo(() => Event, { mappedBy: "ticket_types" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "ticket_type" }),
    variants: model.hasMany(() => TicketVariant, { mappedBy: "ticket_type" }),
    seat_holds: model.hasMany(() => SeatHold, { mappedBy: "ticket_type" }),
  })
  .cascades({ delete: ["variants"] })
  .indexes([{ on: ["event_id"] }])
  .checks([
    { name: "event_ticket_type_per_order_limit", expression: (c) => `${c.per_order_limit} BETWEEN 1 AND 100` },
    {
      name: "event_ticket_type_sale_window",
      expression: (c) => `${c.sale_starts_at} IS NULL OR ${c.sale_ends_at} IS NULL OR ${c.sale_ends_at} > ${c.sale_starts_at}`,
    },
  ])
