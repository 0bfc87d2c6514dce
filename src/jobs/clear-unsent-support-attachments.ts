import type { MedusaContainer } from "@medusajs/framework/types"
import { clearUnsentAttachmentsWorkflow } from "../workflows/support/workflows/clear-unsent-attachments"

/** Hourly: removes support attachments uploaded a day ago or more and never sent with a message. */
export default async function clearUnsentSupportAttachmentsJob(container: MedusaContainer) {
  await clearUnsentAttachmentsWorkflow(container).run({ input: { now: new Date() } })
}

export const config = { name: "clear-unsent-support-attachments", schedule: "41 * * * *" }
