import type { OwnReview } from "@/lib/data/reviews"
import { OwnReviewActions } from "./own-review-actions"
import { ReviewContent, ReviewReply } from "./review-content"
import { OWN_STATUS_WORDS, PURCHASE_WORDS } from "./review-words"

const STATUS_STYLE: Record<OwnReview["status"], string> = {
  pending: "bg-amber-100 text-amber-900",
  published: "bg-emerald-100 text-emerald-900",
  rejected: "bg-red-100 text-red-900",
  hidden: "bg-sand-100 text-ink",
}

/** One of the customer's reviews: what it reviews, its status (and why staff refused or hid it), edit and delete. */
export function OwnReviewCard({ review }: { review: OwnReview }) {
  const refused = review.status === "rejected" || review.status === "hidden"
  return (
    <li className="card p-4" data-testid="own-review" data-review-id={review.id}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs uppercase tracking-wide text-ink-soft">{PURCHASE_WORDS[review.purchase_type]}</p>
        <span className={`rounded-full px-2 py-0.5 text-xs ${STATUS_STYLE[review.status]}`} data-testid="own-review-status">
          {OWN_STATUS_WORDS[review.status]}
        </span>
      </div>
      <ReviewContent review={review} />
      {refused && review.moderation_reason && (
        <p className="mt-2 text-sm text-red-800" data-testid="own-review-reason">
          Reason: {review.moderation_reason.label}
          {review.moderation_note && <span className="block text-ink-soft">{review.moderation_note}</span>}
        </p>
      )}
      {review.status === "pending" && <p className="mt-2 text-sm text-ink-soft">It will be shown once checked.</p>}
      {review.reply && <ReviewReply body={review.reply.body} repliedAt={review.reply.replied_at} />}
      <OwnReviewActions review={review} />
    </li>
  )
}
