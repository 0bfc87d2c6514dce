import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { presentReviewForStaff } from "../../../../workflows/review/utils/review-views"
import { moderateReviewsWorkflow } from "../../../../workflows/review/workflows/moderate-reviews"
import type { BulkApproveReviewsType } from "../../../utils/review-validators"

/** POST /admin/reviews/approve — publish several reviews at once (all or none). */
export async function POST(req: AuthenticatedMedusaRequest<BulkApproveReviewsType>, res: MedusaResponse) {
  const { result } = await moderateReviewsWorkflow(req.scope).run({
    input: { ids: [...new Set(req.validatedBody.ids)], decision: "approve", actor_id: req.auth_context.actor_id, now: new Date() },
  })
  res.json({ reviews: result.map(presentReviewForStaff) })
}
