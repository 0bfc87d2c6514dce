import type { AuthenticatedMedusaRequest, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { submitReviewWorkflow } from "../../../workflows/review/workflows/submit-review"
import { reviewOrder } from "../../../workflows/review/utils/review-order"
import { presentAggregate, presentOwnReview, presentPublicReview } from "../../../workflows/review/utils/review-views"
import type { ListTargetReviewsType, SubmitReviewType } from "../../utils/review-validators"

/** GET /store/reviews — a target's published reviews, sorted and paged, with its average, count and distribution. */
export async function GET(req: MedusaRequest<unknown, ListTargetReviewsType>, res: MedusaResponse) {
  const { target_type, target_id, sort, limit, offset } = req.validatedQuery as ListTargetReviewsType
  const service = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [[reviews, count], [aggregate]] = await Promise.all([
    service.listAndCountReviews({ target_type, target_id, status: "published" }, { order: reviewOrder(sort), skip: offset, take: limit }),
    service.aggregatesOf([{ target_type, target_id }]),
  ])
  res.json({ reviews: reviews.map(presentPublicReview), count, limit, offset, aggregate: presentAggregate(aggregate) })
}

/** POST /store/reviews — review a purchase of yours (a completed session, a shipped product, an attended event). */
export async function POST(req: AuthenticatedMedusaRequest<SubmitReviewType>, res: MedusaResponse) {
  const { result } = await submitReviewWorkflow(req.scope).run({
    input: { ...req.validatedBody, customer_id: req.auth_context.actor_id, now: new Date() },
  })
  res.status(201).json({ review: presentOwnReview(result) })
}
