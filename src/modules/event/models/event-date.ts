import { model } from "@medusajs/framework/utils"
import { SeatHold } from "./seat-hold"
import { EVENT_DATE_STATUSES } from "../values"
import { Event } from "./event"
import { Ticket } from "./ticket"
import { TicketVariant } from "./ticket-variant"
import { WaitlistEntry } from "./waitlist-entry"

/**
 * One run of an event. Its seats are one Medusa inventory item
 * (`inventory_item_id`) whose stock is `capacity`, shared by every ticket
 * type sold for the date.
 */
export const EventDate = model
  .define("event_date", {
    id: model.id({ prefix: "evdt" }).primaryKey(),
    starts_at: model.dateTime(),
    ends_at: model.dateTime(),
    capacity: model.number(),
    status: model.enum([...EVENT_DATE_STATUSES]).default("scheduled"),
    inventory_item_id: model.text().nullable(),
    cancelled_at: model.dateTime().nullable(),
    cancellation_reason: model.text().nullable(),
    event: model.belongsTo(() => Event, { mappedBy: "dates" }),
    tickets: model.hasMany(() => Ticket, { mappedBy: "event_date" }),
    waitlist: model.hasMany(() => WaitlistEntry, { mappedBy: "event_date" }),
    variants: model.hasMany(() => TicketVariant, { mappedBy: "event_date" }),
    seat_holds: model.hasMany(() => SeatHold, { mappedBy: "event_date" }),
  })
  .cascades({ delete: ["variants"] })
  .indexes([{ on: ["event_id", "starts_at"] }, { on: ["status", "starts_at"] }])
  .checks([
    { name: "event_date_times_order", expression: (c) => `${c.ends_at} > ${c.starts_at}` },
    { name: "event_date_capacity", expression: (c) => `${c.capacity} >= 0` },
  ])
