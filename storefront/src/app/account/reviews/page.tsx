import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { listMyReviewable } from "@/lib/data/reviews"
import { AccountNav } from "@/modules/account/account-nav"
import { OwnReviewCard } from "@/modules/reviews/own-review-card"
import { PURCHASE_WORDS, reviewDate } from "@/modules/reviews/review-words"
import { WriteReviewLink } from "@/modules/reviews/write-review-link"

export const metadata: Metadata = { title: "My reviews", description: "Review your sessions, products and events; your reviews." }

const WRITTEN: Record<string, string> = {
  published: "Thank you. Your review is published.",
  pending: "Thank you. Your review will be shown once checked.",
}

export default async function MyReviewsPage({ searchParams }: { searchParams: Promise<{ written?: string }> }) {
  await requireCustomer("/account/reviews")
  const [{ written }, { reviewable, reviews }] = await Promise.all([searchParams, listMyReviewable()])
  return (
    <>
      <h1 className="font-serif text-3xl">My reviews</h1>
      <div className="mt-4">
        <AccountNav current="reviews" />
      </div>
      {written && WRITTEN[written] && (
        <p role="status" className="mb-6 text-sm text-emerald-800" data-testid="review-written">
          {WRITTEN[written]}
        </p>
      )}
      <section aria-labelledby="to-review" className="mb-10">
        <h2 id="to-review" className="mb-1 text-lg font-semibold">
          To review
        </h2>
        <p className="mb-3 text-sm text-ink-soft">
          Completed sessions, products you received and events you attended. Reviews are published unless they break our content rules,
          never removed for being negative.
        </p>
        {reviewable.length === 0 ? (
          <p className="text-sm text-ink-soft" data-testid="reviewable-empty">
            Nothing to review just now.
          </p>
        ) : (
          <ul className="divide-y divide-ink/10" aria-label="To review">
            {reviewable.map((purchase) => (
              <li
                key={`${purchase.purchase_type}:${purchase.purchase_id}`}
                className="flex flex-wrap items-center justify-between gap-2 py-3"
                data-testid="reviewable"
              >
                <div>
                  <p className="font-medium">{purchase.title}</p>
                  <p className="text-sm text-ink-soft">
                    {[PURCHASE_WORDS[purchase.purchase_type], purchase.subtitle, reviewDate(purchase.date)].filter(Boolean).join(" · ")}
                  </p>
                </div>
                <WriteReviewLink purchaseType={purchase.purchase_type} purchaseId={purchase.purchase_id} className="btn-secondary py-1.5" />
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="written">
        <h2 id="written" className="mb-3 text-lg font-semibold">
          Your reviews
        </h2>
        {reviews.length === 0 ? (
          <p className="text-sm text-ink-soft">You have not written a review yet.</p>
        ) : (
          <ul className="space-y-3" aria-label="Your reviews">
            {reviews.map((review) => (
              <OwnReviewCard key={review.id} review={review} />
            ))}
          </ul>
        )}
      </section>
    </>
  )
}
