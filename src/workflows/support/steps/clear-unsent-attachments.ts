import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { supportService } from "../utils/support-access"

const DAY = 86_400_000
const PER_RUN = 1000

/** Finds attachments uploaded more than a day ago and never sent, and removes their records; answers their files' ids. */
export const clearUnsentAttachmentsStep = createStep("clear-unsent-support-attachments", async (input: { now: Date }, { container }) => {
  const service = supportService(container)
  const stale = await service.listSupportAttachments(
    { message_id: null, created_at: { $lt: new Date(new Date(input.now).getTime() - DAY) } },
    { take: PER_RUN, select: ["id", "file_id"] }
  )
  if (stale.length) await service.deleteSupportAttachments(stale.map((a) => a.id))
  return new StepResponse({ file_ids: stale.map((a) => a.file_id) })
})
