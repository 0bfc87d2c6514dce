import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { listReviewsOfMe } from "@/lib/data/reviews"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { RatingAggregate } from "@/modules/reviews/rating-aggregate"
import { ReviewOfMeCard } from "@/modules/reviews/review-of-me-card"

export const metadata: Metadata = { title: "Your reviews", description: "What clients say about you, your events and your products." }

const PAGE_SIZE = 20
const VIEWS = { all: "All", published: "Published", hidden: "Hidden after reports" } as const
type View = keyof typeof VIEWS

export default async function PracticeReviewsPage({ searchParams }: { searchParams: Promise<{ view?: string; page?: string }> }) {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const params = await searchParams
  const view: View = params.view && Object.hasOwn(VIEWS, params.view) ? (params.view as View) : "all"
  const page = Math.min(500, pageFrom(params.page))
  const { reviews, count, aggregate } = await listReviewsOfMe({
    status: view === "all" ? undefined : view,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  })
  return (
    <>
      <h1 className="font-serif text-3xl">Your reviews</h1>
      <div className="mt-4">
        <PracticeNav current="reviews" approved />
      </div>
      <section aria-label="Your rating" className="card mb-6 p-4">
        <RatingAggregate aggregate={aggregate} />
        <p className="mt-3 text-xs text-ink-soft">
          Your rating counts the published reviews of your sessions. Only clients who completed a session, received a product or attended an
          event can review it. Staff hide a review only when it breaks the content rules, never for being negative; report one if you think
          it does. Your public reply is checked like a review before it shows.
        </p>
      </section>
      <nav aria-label="Which reviews" className="mb-4 flex flex-wrap gap-2 text-sm">
        {(Object.keys(VIEWS) as View[]).map((key) => (
          <Link
            key={key}
            href={key === "all" ? "/practice/reviews" : `/practice/reviews?view=${key}`}
            aria-current={key === view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${key === view ? "border-amethyst-700 bg-amethyst-50" : "border-ink/20"}`}
          >
            {VIEWS[key]}
          </Link>
        ))}
      </nav>
      {reviews.length === 0 ? (
        <p className="text-ink-soft" data-testid="vendor-reviews-empty">
          {count > 0 ? "No reviews on this page." : "No reviews here yet."}
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Reviews of you">
          {reviews.map((review) => (
            <ReviewOfMeCard key={review.id} review={review} />
          ))}
        </ul>
      )}
      <Pagination
        page={page}
        pageSize={PAGE_SIZE}
        count={count}
        path="/practice/reviews"
        params={{ view: view === "all" ? undefined : view }}
        label="More reviews"
      />
    </>
  )
}
