import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { supportService } from "../../../../workflows/support/utils/support-access"

/** DELETE /admin/support-canned-replies/:id — removes a saved reply. */
export async function DELETE(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const service = supportService(req.scope)
  const [reply] = await service.listSupportCannedReplies({ id: req.params.id })
  if (!reply) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No canned reply ${req.params.id}.`)
  await service.deleteSupportCannedReplies(reply.id)
  res.json({ id: reply.id, object: "support_canned_reply", deleted: true })
}
