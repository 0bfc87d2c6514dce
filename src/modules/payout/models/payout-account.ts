import { model } from "@medusajs/framework/utils"
import { PAYOUT_PROVIDERS } from "../values"

/**
 * How a practitioner is paid: a Stripe Express account (its state as the
 * last `account.updated` said) or a manual bank transfer.
 */
export const PayoutAccount = model
  .define("payout_account", {
    id: model.id({ prefix: "pacc" }).primaryKey(),
    practitioner_id: model.text(),
    provider: model.enum([...PAYOUT_PROVIDERS]).default("manual"),
    stripe_account_id: model.text().nullable(),
    charges_enabled: model.boolean().default(false),
    payouts_enabled: model.boolean().default(false),
    details_submitted: model.boolean().default(false),
    requirements_due: model.array().default([]),
    disabled_reason: model.text().nullable(),
    /** For manual transfers: the name on the account and its last digits, as the practitioner gave them. */
    bank_account_holder: model.text().nullable(),
    bank_account_last4: model.text().nullable(),
  })
  .indexes([
    { on: ["practitioner_id"], unique: true, where: "deleted_at IS NULL" },
    { on: ["stripe_account_id"], unique: true, where: "deleted_at IS NULL AND stripe_account_id IS NOT NULL" },
  ])
