import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { replyToReviewWorkflow } from "../../../../../workflows/review/workflows/reply-to-review"
import { presentReviewForPractitioner } from "../../../../../workflows/review/utils/review-views"
import type { ReplyToReviewType } from "../../../../utils/review-validators"

/** POST /vendor/reviews/:id/reply — write or edit your public reply to a review of you, your event or your product. */
export async function POST(req: AuthenticatedMedusaRequest<ReplyToReviewType>, res: MedusaResponse) {
  const { result } = await replyToReviewWorkflow(req.scope).run({
    input: { id: req.params.id, practitioner_id: req.auth_context.actor_id, body: req.validatedBody.body, now: new Date() },
  })
  res.json({ review: presentReviewForPractitioner(result) })
}
