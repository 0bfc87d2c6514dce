import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { presentAggregate, presentReviewForPractitioner } from "../../../workflows/review/utils/review-views"
import type { VendorListReviewsType } from "../../utils/review-validators"

/** GET /vendor/reviews — reviews of you, your events and your products (newest first), with your own figures. */
export async function GET(req: AuthenticatedMedusaRequest<unknown, VendorListReviewsType>, res: MedusaResponse) {
  const { status, limit, offset } = req.validatedQuery as VendorListReviewsType
  const practitionerId = req.auth_context.actor_id
  const service = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const [[reviews, count], [aggregate]] = await Promise.all([
    service.listAndCountReviews(
      { practitioner_id: practitionerId, status: status ?? ["published", "hidden"] },
      { order: { created_at: "DESC", id: "DESC" }, skip: offset, take: limit }
    ),
    service.aggregatesOf([{ target_type: "practitioner", target_id: practitionerId }]),
  ])
  res.json({ reviews: reviews.map(presentReviewForPractitioner), count, limit, offset, aggregate: presentAggregate(aggregate) })
}
