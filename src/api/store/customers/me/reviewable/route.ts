import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../../../modules/review"
import type ReviewModuleService from "../../../../../modules/review/service"
import { reviewablePurchases } from "../../../../../workflows/review/utils/reviewable-purchases"
import { presentOwnReview } from "../../../../../workflows/review/utils/review-views"

/**
 * GET /store/customers/me/reviewable — what you can still review (completed
 * sessions, attended events, shipped products) and the reviews you wrote,
 * with their status and, if staff refused one, why.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const customerId = req.auth_context.actor_id
  const [reviewable, reviews] = await Promise.all([
    reviewablePurchases(req.scope, customerId, new Date()),
    req.scope
      .resolve<ReviewModuleService>(REVIEW_MODULE)
      .listReviews({ customer_id: customerId }, { order: { created_at: "DESC" }, take: 200 }),
  ])
  res.json({ reviewable, reviews: reviews.map(presentOwnReview) })
}
