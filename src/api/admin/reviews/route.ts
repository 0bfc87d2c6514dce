import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { REVIEW_FLAGS } from "../../../modules/review/values"
import { presentAggregate, presentReviewForStaff } from "../../../workflows/review/utils/review-views"
import type { AdminListReviewsType } from "../../utils/review-validators"

/**
 * GET /admin/reviews — the moderation queue and every review: by status,
 * target, practitioner, flags, rating or a reply waiting; oldest first while
 * pending, newest first otherwise. With a target, its figures come along.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminListReviewsType>, res: MedusaResponse) {
  const q = req.validatedQuery as AdminListReviewsType
  const service = req.scope.resolve<ReviewModuleService>(REVIEW_MODULE)
  const filters: Record<string, unknown> = {}
  if (q.status) filters.status = q.status
  if (q.target_type) filters.target_type = q.target_type
  if (q.target_id) filters.target_id = q.target_id
  if (q.practitioner_id) filters.practitioner_id = q.practitioner_id
  if (q.rating) filters.rating = q.rating
  if (q.flagged) filters.flags = { $overlap: [...REVIEW_FLAGS] }
  if (q.reply_pending) filters.reply_status = "pending"
  const oldestFirst = q.status === "pending" || q.status === "hidden" || q.reply_pending === "true"
  const [[reviews, count], aggregates] = await Promise.all([
    service.listAndCountReviews(filters as any, {
      order: { created_at: oldestFirst ? "ASC" : "DESC", id: "ASC" },
      skip: q.offset,
      take: q.limit,
    }),
    q.target_type && q.target_id ? service.aggregatesOf([{ target_type: q.target_type, target_id: q.target_id }]) : Promise.resolve([]),
  ])
  res.json({
    reviews: reviews.map(presentReviewForStaff),
    count,
    limit: q.limit,
    offset: q.offset,
    aggregate: aggregates.length ? presentAggregate(aggregates[0]) : undefined,
  })
}
