import type { MedusaContainer } from "@medusajs/framework/types"
import { payoutSettings } from "../lib/payouts/payout-settings"
import { runPayoutsWorkflow } from "../workflows/payout/workflows/run-payouts"

/** The scheduled payout run (PAYOUT_SCHEDULE, Mondays at 06:00 by default): everyone with at least the minimum available. */
export default async function runPayoutsJob(container: MedusaContainer) {
  await runPayoutsWorkflow(container).run({ input: { trigger: "schedule", now: new Date() } })
}

export const config = { name: "run-payouts", schedule: payoutSettings(process.env).schedule }
