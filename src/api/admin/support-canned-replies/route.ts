import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { supportService } from "../../../workflows/support/utils/support-access"
import type { CreateCannedReplyType } from "../../utils/support-validators"

/** GET /admin/support-canned-replies — the replies staff start answers from, by title. */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const replies = await supportService(req.scope).listSupportCannedReplies({}, { order: { title: "ASC" }, take: 200 })
  res.json({ canned_replies: replies })
}

/** POST /admin/support-canned-replies — saves a reply for later. */
export async function POST(req: AuthenticatedMedusaRequest<CreateCannedReplyType>, res: MedusaResponse) {
  const reply = await supportService(req.scope).createSupportCannedReplies(req.validatedBody)
  res.status(201).json({ canned_reply: reply })
}
