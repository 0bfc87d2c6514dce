import { model } from "@medusajs/framework/utils"
import { EARNING_STATUSES, PURCHASE_KINDS } from "../values"

/**
 * One practitioner's order line and when its money is earned: a session once
 * completed, a ticket once its date has ended, a crystal once shipped, each
 * plus a window for disputes. The line's ledger entries become available at
 * `available_at`.
 */
export const Earning = model
  .define("earning", {
    id: model.id({ prefix: "earn" }).primaryKey(),
    practitioner_id: model.text(),
    order_id: model.text(),
    line_item_id: model.text(),
    currency_code: model.text(),
    purchase: model.enum([...PURCHASE_KINDS]),
    product_id: model.text().nullable(),
    booking_id: model.text().nullable(),
    event_date_id: model.text().nullable(),
    /** The line's total with tax: what refunds of it are measured against. */
    line_total: model.bigNumber(),
    status: model.enum([...EARNING_STATUSES]).default("pending"),
    available_at: model.dateTime().nullable(),
    /** Why it was earned or held, in words ("Session completed", "Client did not come"). */
    status_reason: model.text().nullable(),
  })
  .indexes([
    { on: ["line_item_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["order_id"] },
    { on: ["booking_id"] },
    { on: ["status", "purchase"] },
  ])
