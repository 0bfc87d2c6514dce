import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { reportReviewWorkflow } from "../../../../../workflows/review/workflows/report-review"
import type { ReportReviewType } from "../../../../utils/review-validators"

/** POST /vendor/reviews/:id/report — report a review of you to staff; only staff can hide it. */
export async function POST(req: AuthenticatedMedusaRequest<ReportReviewType>, res: MedusaResponse) {
  const { result } = await reportReviewWorkflow(req.scope).run({
    input: { id: req.params.id, reporter_type: "practitioner", reporter_id: req.auth_context.actor_id, reason: req.validatedBody.reason },
  })
  res.json(result)
}
