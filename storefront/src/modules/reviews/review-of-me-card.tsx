import { reportReviewOfMe } from "@/lib/actions/review-actions"
import type { PractitionerReview } from "@/lib/data/reviews"
import { ReplyForm } from "./reply-form"
import { ReportForm } from "./report-form"
import { ReviewContent, ReviewReply } from "./review-content"
import { REPLY_STATUS_WORDS, TARGET_WORDS } from "./review-words"

/** A review of the practitioner (or their event or product) with their reply, its status, and reporting to staff. */
export function ReviewOfMeCard({ review }: { review: PractitionerReview }) {
  const { reply } = review
  return (
    <li className="card p-4" data-testid="vendor-review" data-review-id={review.id}>
      <div className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <p className="text-xs uppercase tracking-wide text-ink-soft">{TARGET_WORDS[review.target_type]}</p>
        {review.status === "hidden" && (
          <span className="rounded-full bg-sand-100 px-2 py-0.5 text-xs" data-testid="vendor-review-status">
            Hidden while staff look at reports
          </span>
        )}
      </div>
      <ReviewContent review={review} />
      <p className="mt-1 text-xs text-ink-soft">{review.helpful_count} found this helpful</p>
      {reply && (
        <ReviewReply body={reply.body} repliedAt={reply.replied_at}>
          {" · "}
          <span data-testid="reply-status">
            {REPLY_STATUS_WORDS[reply.status]}
            {reply.status === "rejected" && reply.reason ? `: ${reply.reason.label}` : ""}
          </span>
        </ReviewReply>
      )}
      <div className="mt-3 flex flex-wrap items-start gap-x-4 gap-y-2 text-sm">
        {review.status === "published" ? (
          <ReplyForm reviewId={review.id} current={reply?.body ?? null} />
        ) : (
          <p className="text-ink-soft">You can reply once staff have decided on it.</p>
        )}
        <ReportForm reviewId={review.id} action={reportReviewOfMe} />
      </div>
    </li>
  )
}
