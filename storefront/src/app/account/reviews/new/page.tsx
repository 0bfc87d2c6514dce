import type { Metadata } from "next"
import Link from "next/link"
import { submitReview } from "@/lib/actions/review-actions"
import { requireCustomer } from "@/lib/data/customer"
import { listMyReviewable, type ReviewPurchase } from "@/lib/data/reviews"
import { AccountNav } from "@/modules/account/account-nav"
import { ReviewForm } from "@/modules/reviews/review-form"
import { PURCHASE_WORDS, reviewDate } from "@/modules/reviews/review-words"

export const metadata: Metadata = { title: "Write a review", description: "Review a session, a product or an event you bought." }

type Props = { searchParams: Promise<{ purchase_type?: string; purchase_id?: string }> }

export default async function NewReviewPage({ searchParams }: Props) {
  const { purchase_type = "", purchase_id = "" } = await searchParams
  await requireCustomer(`/account/reviews/new?${new URLSearchParams({ purchase_type, purchase_id })}`)
  const named = Object.hasOwn(PURCHASE_WORDS, purchase_type) && purchase_id.length > 0 && purchase_id.length <= 100
  const { reviewable, reviews } = named ? await listMyReviewable() : { reviewable: [], reviews: [] }
  const same = (p: { purchase_type: string; purchase_id: string }) => p.purchase_type === purchase_type && p.purchase_id === purchase_id
  const purchase = reviewable.find(same)
  const existing = reviews.find(same)
  return (
    <>
      <h1 className="font-serif text-3xl">Write a review</h1>
      <div className="mt-4">
        <AccountNav current="reviews" />
      </div>
      {!named ? (
        <p className="text-ink-soft">
          This link does not name something you bought.{" "}
          <Link href="/account/reviews" className="underline">
            See what you can review
          </Link>
        </p>
      ) : existing ? (
        <p data-testid="already-reviewed">
          You have already reviewed this. You can edit or delete your review under{" "}
          <Link href="/account/reviews" className="underline">
            My reviews
          </Link>
          .
        </p>
      ) : (
        <>
          {purchase && (
            <div className="mb-6" data-testid="review-purchase">
              <p className="text-lg font-medium">{purchase.title}</p>
              <p className="text-sm text-ink-soft">
                {[PURCHASE_WORDS[purchase.purchase_type], purchase.subtitle, reviewDate(purchase.date)].filter(Boolean).join(" · ")}
              </p>
            </div>
          )}
          <p className="mb-6 max-w-xl text-sm text-ink-soft">
            Your review shows with your first name and initial. It is published unless it breaks our content rules (abuse, someone&apos;s
            personal details, off-topic, spam), never removed for being negative.
          </p>
          <ReviewForm
            action={submitReview}
            hidden={{ purchase_type: purchase_type as ReviewPurchase, purchase_id }}
            submitLabel="Publish review"
          >
            <Link href="/account/reviews" className="underline">
              Cancel
            </Link>
          </ReviewForm>
        </>
      )}
    </>
  )
}
