import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import type { RefuseReviewType } from "../../../../utils/review-validators"
import { moderateOneReview } from "../../moderate-one-review"

/** POST /admin/reviews/:id/reject — refuse a review for a content reason its author will see. */
export async function POST(req: AuthenticatedMedusaRequest<RefuseReviewType>, res: MedusaResponse) {
  res.json({ review: await moderateOneReview(req, "reject") })
}
