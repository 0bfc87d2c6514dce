import { model } from "@medusajs/framework/utils"
import { PAYOUT_PROVIDERS, PAYOUT_STATUSES } from "../values"

/**
 * Money sent to one practitioner in one currency: the sum of the ledger
 * entries attached to it. A Stripe payout is one transfer, made with the
 * idempotency key of its attempt, so a rerun after a crash replays it.
 */
export const Payout = model
  .define("payout", {
    id: model.id({ prefix: "pout" }).primaryKey(),
    practitioner_id: model.text(),
    currency_code: model.text(),
    amount: model.bigNumber(),
    provider: model.enum([...PAYOUT_PROVIDERS]),
    status: model.enum([...PAYOUT_STATUSES]).default("pending"),
    run_id: model.text().nullable(),
    attempt: model.number().default(1),
    transfer_id: model.text().nullable(),
    transfer_group: model.text().nullable(),
    source_transaction: model.text().nullable(),
    failure_message: model.text().nullable(),
    failed_at: model.dateTime().nullable(),
    reference: model.text().nullable(),
    paid_at: model.dateTime().nullable(),
    paid_by: model.text().nullable(),
  })
  .indexes([{ on: ["practitioner_id", "created_at"] }, { on: ["status"] }, { on: ["transfer_id"] }])
  .checks([{ name: "payout_amount_positive", expression: (c) => `${c.amount} > 0` }])
