import { MedusaError } from "@medusajs/framework/utils"
import type { SupportViewer } from "./support-access"
import { supportService } from "./support-access"

type Container = { resolve: <T = any>(key: string) => T }

const unusable = (ids: string[]) =>
  new MedusaError(
    MedusaError.Types.INVALID_DATA,
    `attachment_ids: ${ids.join(", ")} ${ids.length === 1 ? "is not an attachment" : "are not attachments"} you uploaded and have not sent yet. Upload the file again.`
  )

/** Checks that every id names an attachment this person uploaded and has not sent with a message yet. */
export async function assertAttachable(container: Container, ids: string[], uploader: SupportViewer) {
  if (!ids.length) return
  const found = await supportService(container).listSupportAttachments({
    id: ids,
    uploader_type: uploader.type,
    uploader_id: uploader.id,
    message_id: null,
  })
  const missing = ids.filter((id) => !found.some((a) => a.id === id))
  if (missing.length) throw unusable(missing)
}

/**
 * Gives the attachments to the message; only ones still unsent are taken, so
 * two messages sending the same attachment at once cannot both have it (the
 * second is refused).
 */
export async function attachToMessage(container: Container, ids: string[], uploader: SupportViewer, messageId: string) {
  if (!ids.length) return
  const taken = await supportService(container).updateSupportAttachments({
    selector: { id: ids, uploader_type: uploader.type, uploader_id: uploader.id, message_id: null },
    data: { message_id: messageId },
  })
  if (taken.length !== new Set(ids).size) throw unusable(ids.filter((id) => !taken.some((a) => a.id === id)))
}
