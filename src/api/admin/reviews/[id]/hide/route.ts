import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RefuseReviewType } from "../../../../utils/review-validators"
import { moderateOneReview } from "../../moderate-one-review"

/** POST /admin/reviews/:id/hide — take a published review off the page for a content reason. */
export async function POST(req: AuthenticatedMedusaRequest<RefuseReviewType>, res: MedusaResponse) {
  res.json({ review: await moderateOneReview(req, "hide") })
}
