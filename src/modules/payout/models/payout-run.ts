import { model } from "@medusajs/framework/utils"
import { PAYOUT_RUN_TRIGGERS } from "../values"

/** One pass of paying what is due: who was paid, who was skipped and why, what failed. */
export const PayoutRun = model.define("payout_run", {
  id: model.id({ prefix: "prun" }).primaryKey(),
  trigger: model.enum([...PAYOUT_RUN_TRIGGERS]),
  practitioner_id: model.text().nullable(),
  started_by: model.text().nullable(),
  finished_at: model.dateTime().nullable(),
  payouts_created: model.number().default(0),
  payouts_sent: model.number().default(0),
  /** [{ practitioner_id, currency_code, reason }] */
  skipped: model.json().default({ items: [] }),
  /** [{ payout_id, message }] */
  failures: model.json().default({ items: [] }),
})
