import type { MedusaContainer } from "@medusajs/framework/types"
import { remindSupportRequestsWorkflow } from "../workflows/support/workflows/remind-support-requests"

/** Hourly: reminds staff of support requests waiting on them past SUPPORT_REMINDER_HOURS. */
export default async function remindSupportRequestsJob(container: MedusaContainer) {
  await remindSupportRequestsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "remind-support-requests", schedule: "23 * * * *" }
