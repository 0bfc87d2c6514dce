import { model } from "@medusajs/framework/utils"
import { EventDate } from "./event-date"
import { TicketType } from "./ticket-type"

/**
 * The product variant that sells one ticket type for one date: the one
 * reference between a cart or order line and what it buys (never a line's
 * metadata). Every variant of a date draws on that date's inventory item.
 */
export const TicketVariant = model
  .define("event_ticket_variant", {
    id: model.id({ prefix: "evtv" }).primaryKey(),
    variant_id: model.text(),
    event_date: model.belongsTo(() => EventDate, { mappedBy: "variants" }),
    ticket_type: model.belongsTo(() => TicketType, { mappedBy: "variants" }),
  })
  .indexes([
    { on: ["variant_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["event_date_id", "ticket_type_id"], unique: true, where: "deleted_at IS NULL" },
  ])
