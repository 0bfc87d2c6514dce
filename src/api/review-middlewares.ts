import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { EmptyBody, NoQuery } from "./utils/no-query"
import {
  AdminListReviews,
  ApproveReview,
  BulkApproveReviews,
  EditReview,
  ListTargetReviews,
  ModerateReply,
  RefuseReview,
  ReplyToReview,
  ReportReview,
  SubmitReview,
  VendorListReviews,
} from "./utils/review-validators"
import { requireApprovedPractitioner } from "./vendor/require-approved-practitioner"

export const customer = authenticate("customer", ["session", "bearer"])

/**
 * Reviews: anyone reads a target's published reviews; a logged-in customer
 * writes, edits, deletes, reports and votes; an approved practitioner reads
 * the reviews of them, replies and reports; staff moderate.
 */
export const reviewRoutes: MiddlewareRoute[] = [
  { matcher: "/store/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(ListTargetReviews, {})] },
  { matcher: "/store/reviews", method: ["POST"], middlewares: [customer, validateAndTransformBody(SubmitReview)] },
  { matcher: "/store/reviews/:id", method: ["POST"], middlewares: [customer, validateAndTransformBody(EditReview)] },
  { matcher: "/store/reviews/:id", method: ["DELETE"], middlewares: [customer, validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/store/reviews/:id/report", method: ["POST"], middlewares: [customer, validateAndTransformBody(ReportReview)] },
  { matcher: "/store/reviews/:id/helpful", method: ["POST"], middlewares: [customer, validateAndTransformBody(EmptyBody)] },
  { matcher: "/store/customers/me/reviewable", method: ["GET"], middlewares: [customer, validateAndTransformQuery(NoQuery, {})] },
  { matcher: "/vendor/reviews*", middlewares: [authenticate("practitioner", ["bearer", "session"]), requireApprovedPractitioner] },
  { matcher: "/vendor/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(VendorListReviews, {})] },
  { matcher: "/vendor/reviews/:id/reply", method: ["POST"], middlewares: [validateAndTransformBody(ReplyToReview)] },
  { matcher: "/vendor/reviews/:id/report", method: ["POST"], middlewares: [validateAndTransformBody(ReportReview)] },
  { matcher: "/admin/reviews", method: ["GET"], middlewares: [validateAndTransformQuery(AdminListReviews, {})] },
  { matcher: "/admin/reviews/approve", method: ["POST"], middlewares: [validateAndTransformBody(BulkApproveReviews)] },
  { matcher: "/admin/reviews/:id/approve", method: ["POST"], middlewares: [validateAndTransformBody(ApproveReview)] },
  { matcher: "/admin/reviews/:id/reject", method: ["POST"], middlewares: [validateAndTransformBody(RefuseReview)] },
  { matcher: "/admin/reviews/:id/hide", method: ["POST"], middlewares: [validateAndTransformBody(RefuseReview)] },
  { matcher: "/admin/reviews/:id/reply", method: ["POST"], middlewares: [validateAndTransformBody(ModerateReply)] },
]
