import { model } from "@medusajs/framework/utils"
import { LEDGER_ENTRY_KINDS } from "../values"

/**
 * One movement of a practitioner's money, never updated or deleted except to
 * attach it to a payout (a trigger in the database refuses anything else).
 * Amounts are exact decimals in the currency's major units; `share` is the
 * practitioner's, `commission` the platform's, and share + commission =
 * gross. Entries of an order line take its availability from `earning_id`;
 * others (debts, adjustments) from their own `available_at`. `source_key`
 * makes every write idempotent: a rerun or a redelivered event adds nothing.
 */
export const LedgerEntry = model
  .define("ledger_entry", {
    id: model.id({ prefix: "lent" }).primaryKey(),
    practitioner_id: model.text(),
    currency_code: model.text(),
    kind: model.enum([...LEDGER_ENTRY_KINDS]),
    earning_id: model.text().nullable(),
    order_id: model.text().nullable(),
    line_item_id: model.text().nullable(),
    booking_id: model.text().nullable(),
    ticket_id: model.text().nullable(),
    gross: model.bigNumber(),
    rate_bps: model.number().nullable(),
    commission: model.bigNumber(),
    share: model.bigNumber(),
    /** For refunds: the part of the line's total (with tax) this refund gave back. */
    refunded: model.bigNumber().nullable(),
    refund_id: model.text().nullable(),
    transfer_reversal_id: model.text().nullable(),
    source: model.text(),
    source_key: model.text(),
    reason: model.text().nullable(),
    created_by: model.text().nullable(),
    available_at: model.dateTime().nullable(),
    payout_id: model.text().nullable(),
  })
  .indexes([
    { on: ["source_key"], unique: true },
    { on: ["practitioner_id", "currency_code", "payout_id"] },
    { on: ["earning_id"] },
    { on: ["order_id"] },
    { on: ["payout_id"] },
  ])
