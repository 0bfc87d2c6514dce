import type { PublicReview } from "@/lib/data/reviews"
import { reviewDate } from "./review-words"
import { Stars } from "./stars"

/** A review's stars, title, text, who wrote it, when, and its badge (only while the purchase stands). */
export function ReviewContent({ review }: { review: Omit<PublicReview, "reply"> }) {
  const date = reviewDate(review.published_at)
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
        <Stars value={review.rating} />
        {review.title && (
          <h3 className="font-medium" data-testid="review-title">
            {review.title}
          </h3>
        )}
      </div>
      {review.body && (
        <div lang={review.language} className="mt-2 space-y-2 text-sm leading-relaxed" data-testid="review-body">
          {review.body.split(/\n+/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
      )}
      <p className="mt-2 flex flex-wrap items-center gap-x-2 text-xs text-ink-soft">
        <span data-testid="review-author">{review.reviewer_name}</span>
        {date && (
          <>
            <span aria-hidden="true">·</span>
            <time dateTime={review.published_at ?? undefined} data-testid="review-date">
              {date}
            </time>
          </>
        )}
        {review.edited_at && <span>(edited)</span>}
        {review.badge && (
          <span className="rounded-full bg-emerald-100 px-2 py-0.5 font-medium text-emerald-900" data-testid="review-badge">
            {review.badge}
          </span>
        )}
      </p>
    </>
  )
}

/** The practitioner's public reply beneath a review. */
export function ReviewReply({ body, repliedAt, children }: { body: string; repliedAt: string | null; children?: React.ReactNode }) {
  return (
    <div className="mt-3 border-l-2 border-amethyst-100 pl-3 text-sm" data-testid="review-reply">
      <p className="text-xs font-medium text-ink-soft">
        Reply from the practitioner{repliedAt ? `, ${reviewDate(repliedAt)}` : ""}
        {children}
      </p>
      <div className="mt-1 space-y-2">
        {body.split(/\n+/).map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </div>
  )
}
