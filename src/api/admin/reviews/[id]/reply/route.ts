import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentReviewForStaff } from "../../../../../workflows/review/utils/review-views"
import { moderateReviewReplyWorkflow } from "../../../../../workflows/review/workflows/moderate-review-reply"
import type { ModerateReplyType } from "../../../../utils/review-validators"

/** POST /admin/reviews/:id/reply — publish or reject the practitioner's reply that the pre-check held back. */
export async function POST(req: AuthenticatedMedusaRequest<ModerateReplyType>, res: MedusaResponse) {
  const { result } = await moderateReviewReplyWorkflow(req.scope).run({
    input: { id: req.params.id, ...req.validatedBody, actor_id: req.auth_context.actor_id },
  })
  res.json({ review: presentReviewForStaff(result) })
}
