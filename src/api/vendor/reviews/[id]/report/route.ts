import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { reportReviewWorkflow } from "../../../../../workflows/review/workflows/report-review"
import type { ReportReviewType } from "../../../../utils/review-validators"

/** POST /vendor/reviews/:id/report — report a review of you to staff; only staff can hide it. */
export async function POST(req: AuthenticatedMedusaRequest<ReportReviewType>, res: MedusaResponse) {
  const practitionerId = req.auth_context.actor_id
  const [mine] = await req.scope
    .resolve<ReviewModuleService>(REVIEW_MODULE)
    .listReviews({ id: req.params.id, practitioner_id: practitionerId })
  if (!mine) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No review ${req.params.id} of you.`)
  const { result } = await reportReviewWorkflow(req.scope).run({
    input: { id: req.params.id, reporter_type: "practitioner", reporter_id: practitionerId, reason: req.validatedBody.reason },
  })
  res.json(result)
}
