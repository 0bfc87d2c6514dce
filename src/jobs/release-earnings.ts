import type { MedusaContainer } from "@medusajs/framework/types"
import { releaseEarningsWorkflow } from "../workflows/payout/workflows/release-earnings"

/**
 * Hourly: pending earnings whose purchase reached its outcome (a session
 * completed or cancelled, a crystal shipped) become earned — the safety net
 * under the subscribers that do it as it happens.
 */
export default async function releaseEarningsJob(container: MedusaContainer) {
  await releaseEarningsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "release-earnings", schedule: "17 * * * *" }
