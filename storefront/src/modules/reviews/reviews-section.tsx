import Link from "next/link"
import { reportReview } from "@/lib/actions/review-actions"
import { listTargetReviews, REVIEW_SORTS, type ReviewSort, type ReviewTarget } from "@/lib/data/reviews"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { HelpfulButton } from "./helpful-button"
import { RatingAggregate } from "./rating-aggregate"
import { ReportForm } from "./report-form"
import { ReviewContent, ReviewReply } from "./review-content"

const PAGE_SIZE = 10
/** Pages past this are not offered: the offset a link can ask for stays bounded. */
const MAX_PAGE = 500

/** The section's own search parameters, beside whatever else the page reads. */
export type ReviewParams = { review_sort?: string; review_page?: string }

export function reviewSortFrom(value: string | string[] | undefined): ReviewSort {
  const sort = Array.isArray(value) ? value[0] : value
  return sort && Object.hasOwn(REVIEW_SORTS, sort) ? (sort as ReviewSort) : "newest"
}

/**
 * A practitioner's, product's or event's published reviews: the average and
 * distribution, then a page of reviews in the chosen order. Logged-in
 * customers can mark a review helpful or report it.
 */
export async function ReviewsSection({
  targetType,
  targetId,
  params,
  path,
  signedIn,
}: {
  targetType: ReviewTarget
  targetId: string
  params: ReviewParams
  /** The page's own path, for sort and page links and the way back from logging in. */
  path: string
  signedIn: boolean
}) {
  const sort = reviewSortFrom(params.review_sort)
  const page = Math.min(MAX_PAGE, pageFrom(params.review_page))
  const { reviews, count, aggregate } = await listTargetReviews({
    target_type: targetType,
    target_id: targetId,
    sort,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  })
  return (
    <section id="reviews" className="mt-12 scroll-mt-6" aria-labelledby="reviews-heading" data-testid="reviews-section">
      <h2 id="reviews-heading" className="font-serif text-2xl">
        Reviews
      </h2>
      <p className="mt-1 text-sm text-ink-soft" data-testid="reviews-note">
        Only clients who completed a session, received a product or attended an event can review it; reviews are published unless they break
        our content rules, never removed for being negative.
      </p>
      <div className="mt-4">
        <RatingAggregate aggregate={aggregate} />
      </div>
      {count > 0 && (
        <nav aria-label="Sort reviews" className="mt-6 flex flex-wrap gap-3 text-sm" data-testid="review-sort">
          <span className="text-ink-soft">Sort:</span>
          {(Object.keys(REVIEW_SORTS) as ReviewSort[]).map((key) => (
            <Link
              key={key}
              href={`${path}?${new URLSearchParams({ review_sort: key })}#reviews`}
              aria-current={key === sort ? "true" : undefined}
              className={key === sort ? "font-semibold text-amethyst-700 underline" : "hover:text-amethyst-700"}
            >
              {REVIEW_SORTS[key]}
            </Link>
          ))}
        </nav>
      )}
      {reviews.length === 0 ? (
        <p className="mt-4 text-sm text-ink-soft" data-testid="reviews-empty">
          {count > 0 ? "No reviews on this page." : "No reviews yet."}
        </p>
      ) : (
        <ul className="mt-4 divide-y divide-ink/10" aria-label="Reviews" data-testid="review-list">
          {reviews.map((review) => (
            <li key={review.id} className="py-4" data-testid="review" data-review-id={review.id}>
              <ReviewContent review={review} />
              <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
                {signedIn ? (
                  <>
                    <HelpfulButton reviewId={review.id} count={review.helpful_count} />
                    <ReportForm reviewId={review.id} action={reportReview} />
                  </>
                ) : (
                  review.helpful_count > 0 && (
                    <span className="text-xs text-ink-soft" data-testid="review-helpful-count">
                      {review.helpful_count} found this helpful
                    </span>
                  )
                )}
              </div>
              {review.reply && <ReviewReply body={review.reply.body} repliedAt={review.reply.replied_at} />}
            </li>
          ))}
        </ul>
      )}
      {!signedIn && count > 0 && (
        <p className="mt-2 text-xs text-ink-soft">
          <Link href={`/account/login?return_to=${encodeURIComponent(`${path}#reviews`)}`} className="underline">
            Log in
          </Link>{" "}
          to mark a review helpful or report it.
        </p>
      )}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        count={Math.min(count, MAX_PAGE * PAGE_SIZE)}
        path={path}
        params={{ review_sort: sort === "newest" ? undefined : sort }}
        param="review_page"
        anchor="#reviews"
        label="More reviews"
      />
    </section>
  )
}
