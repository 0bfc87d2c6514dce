import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { moderateOneReview } from "../../moderate-one-review"

/** POST /admin/reviews/:id/approve — publish a review (and clear its reports). */
export async function POST(req: AuthenticatedMedusaRequest<{ note?: string }>, res: MedusaResponse) {
  res.json({ review: await moderateOneReview(req, "approve") })
}
