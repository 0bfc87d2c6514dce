import { model } from "@medusajs/framework/utils"
import { WAITLIST_STATUSES } from "../values"
import { EventDate } from "./event-date"

/**
 * A place in a sold-out date's queue: `quantity` seats wanted, served in
 * `position` order. An offer holds seats until `offer_expires_at` behind a
 * single-use link, whose token is kept only as a hash.
 */
export const WaitlistEntry = model
  .define("event_waitlist_entry", {
    id: model.id({ prefix: "evwl" }).primaryKey(),
    email: model.text(),
    customer_id: model.text().nullable(),
    quantity: model.number(),
    position: model.number(),
    status: model.enum([...WAITLIST_STATUSES]).default("waiting"),
    offer_expires_at: model.dateTime().nullable(),
    offer_token_hash: model.text().nullable(),
    event_date: model.belongsTo(() => EventDate, { mappedBy: "waitlist" }),
  })
  .indexes([
    { on: ["event_date_id", "position"], unique: true, where: "deleted_at IS NULL" },
    { on: ["event_date_id", "status"] },
    // One place in the queue per email and date (emails are kept lower-cased).
    { on: ["event_date_id", "email"], unique: true, where: "status IN ('waiting', 'offered') AND deleted_at IS NULL" },
    { on: ["offer_token_hash"], unique: true, where: "offer_token_hash IS NOT NULL AND deleted_at IS NULL" },
  ])
  .checks([
    { name: "event_waitlist_quantity", expression: (c) => `${c.quantity} BETWEEN 1 AND 100` },
    {
      name: "event_waitlist_offer_expiry",
      expression: (c) => `${c.status} <> 'offered' OR ${c.offer_expires_at} IS NOT NULL`,
    },
  ])
