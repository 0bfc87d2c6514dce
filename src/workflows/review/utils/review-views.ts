import { purchaseLabel } from "../../../lib/reviews/eligibility"
import type { AggregateRow } from "../../../modules/review/service"
import { MODERATION_REASON_LABELS, ModerationReason, ReviewPurchase, ReviewStatus } from "../../../modules/review/values"
import { allowedDecisions } from "../../../lib/reviews/moderation-decisions"

type ReviewRow = Record<string, any> & { id: string; purchase_type: ReviewPurchase }

/** A review as anyone sees it on a page: no customer, order or moderation data; the reply once it is public. */
export function presentPublicReview(review: ReviewRow) {
  return {
    id: review.id,
    target_type: review.target_type,
    target_id: review.target_id,
    rating: review.rating,
    title: review.title,
    body: review.body,
    language: review.language,
    reviewer_name: review.reviewer_name,
    verified: review.verified,
    badge: review.verified ? purchaseLabel[review.purchase_type] : null,
    helpful_count: review.helpful_count,
    published_at: review.published_at,
    edited_at: review.edited_at,
    reply: review.reply_status === "published" ? { body: review.reply_body, replied_at: review.replied_at } : null,
  }
}

const reasonOf = (reason: ModerationReason | null) => (reason ? { code: reason, label: MODERATION_REASON_LABELS[reason] } : null)

/** The author's own review: its status and, when staff refused or hid it, why. */
export function presentOwnReview(review: ReviewRow) {
  return {
    ...presentPublicReview(review),
    status: review.status,
    purchase_type: review.purchase_type,
    purchase_id: review.purchase_id,
    moderation_reason: reasonOf(review.moderation_reason),
    moderation_note: review.moderation_note,
    reply: review.reply_status === "published" ? { body: review.reply_body, replied_at: review.replied_at } : null,
  }
}

/** A review of the practitioner (or their event or product), with their own reply in whatever state it is. */
export function presentReviewForPractitioner(review: ReviewRow) {
  return {
    ...presentPublicReview(review),
    status: review.status,
    reply: review.reply_body
      ? { body: review.reply_body, status: review.reply_status, replied_at: review.replied_at, reason: reasonOf(review.reply_reason) }
      : null,
  }
}

/** Everything, for staff, with the decisions they can take on it now. */
export function presentReviewForStaff(review: ReviewRow) {
  return {
    ...review,
    allowed_actions: allowedDecisions({ status: review.status as ReviewStatus, report_count: Number(review.report_count) }),
    badge: review.verified ? purchaseLabel[review.purchase_type] : null,
    moderation_reason: reasonOf(review.moderation_reason),
    reply_reason: reasonOf(review.reply_reason),
  }
}

export function presentAggregate(aggregate: AggregateRow | undefined) {
  return aggregate
    ? { average: aggregate.rating_average, count: aggregate.review_count, distribution: aggregate.distribution }
    : { average: 0, count: 0, distribution: { 1: 0, 2: 0, 3: 0, 4: 0, 5: 0 } }
}
