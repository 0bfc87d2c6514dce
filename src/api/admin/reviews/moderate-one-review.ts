import type { AuthenticatedMedusaRequest } from "@medusajs/framework/http"
import type { ModerationReason } from "../../../modules/review/values"
import { presentReviewForStaff } from "../../../workflows/review/utils/review-views"
import { moderateReviewsWorkflow } from "../../../workflows/review/workflows/moderate-reviews"

/** One staff decision on the review named in the path, with the body's reason and note. */
export async function moderateOneReview(
  req: AuthenticatedMedusaRequest<{ reason?: ModerationReason; note?: string }>,
  decision: "approve" | "reject" | "hide"
) {
  const { result } = await moderateReviewsWorkflow(req.scope).run({
    input: {
      ids: [req.params.id],
      decision,
      reason: req.validatedBody.reason ?? null,
      note: req.validatedBody.note ?? null,
      actor_id: req.auth_context.actor_id,
      now: new Date(),
    },
  })
  return presentReviewForStaff(result[0])
}
