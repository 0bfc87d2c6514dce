import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { setPractitionerAvatarWorkflow } from "../../../../workflows/practitioner/workflows/set-practitioner-avatar"
import { WithAvatar } from "./receive-avatar"

/**
 * POST /vendor/me/avatar (multipart, field "avatar") — the practitioner's new
 * picture, already read and checked by `receiveAvatar`.
 */
export async function POST(req: WithAvatar<AuthenticatedMedusaRequest>, res: MedusaResponse) {
  const avatar = req.avatar!
  const id = req.auth_context.actor_id
  const { result } = await setPractitionerAvatarWorkflow(req.scope).run({
    input: {
      id,
      file: {
        filename: `avatar-${id}.${avatar.extension}`,
        mimeType: avatar.type,
        content: avatar.bytes.toString("base64"),
      },
    },
  })
  res.json({ practitioner: result })
}
