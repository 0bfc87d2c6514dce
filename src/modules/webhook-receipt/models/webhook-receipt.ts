import { model } from "@medusajs/framework/utils"
import { WEBHOOK_RECEIPT_STATUSES } from "../statuses"

/**
 * One incoming webhook event (e.g. a Stripe event id), claimed before it is
 * processed. The unique index on (provider, event_id) is what lets exactly one
 * of several simultaneous deliveries of an event through; `claim_token` says
 * which delivery holds the claim, so only that one may settle or release it.
 */
export const WebhookReceipt = model
  .define("webhook_receipt", {
    id: model.id({ prefix: "whr" }).primaryKey(),
    provider: model.text(),
    event_id: model.text(),
    status: model.enum([...WEBHOOK_RECEIPT_STATUSES]).default("processing"),
    claim_token: model.text(),
    claimed_at: model.dateTime(),
    processed_at: model.dateTime().nullable(),
  })
  .indexes([{ on: ["provider", "event_id"], unique: true, where: "deleted_at IS NULL" }])
