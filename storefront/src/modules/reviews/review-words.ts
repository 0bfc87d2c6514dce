import type { OwnReview, PractitionerReview, ReviewPurchase, ReviewTarget } from "@/lib/data/reviews"

/** What each purchase is, in a word. */
export const PURCHASE_WORDS: Record<ReviewPurchase, string> = {
  booking: "Session",
  order_line: "Product",
  ticket: "Event",
}

/** A review's own status, as its author reads it. */
export const OWN_STATUS_WORDS: Record<OwnReview["status"], string> = {
  pending: "Waiting to be checked",
  published: "Published",
  rejected: "Not published",
  hidden: "Hidden while staff look at reports",
}

/** A practitioner's reply, as its author reads it. */
export const REPLY_STATUS_WORDS: Record<NonNullable<PractitionerReview["reply"]>["status"], string> = {
  pending: "Waiting for review by staff",
  published: "Published",
  rejected: "Rejected",
}

/** What a review of the practitioner's is about. */
export const TARGET_WORDS: Record<ReviewTarget, string> = {
  practitioner: "About you",
  product: "About your product",
  event: "About your event",
}

export const RATING_WORDS = ["", "Poor", "Fair", "Good", "Very good", "Excellent"] as const

/** The form for reviewing exactly this purchase. */
export function writeReviewHref(purchase: { purchase_type: ReviewPurchase; purchase_id: string }) {
  return `/account/reviews/new?${new URLSearchParams({ purchase_type: purchase.purchase_type, purchase_id: purchase.purchase_id })}`
}

/** The ids of one kind of purchase in a list of reviewable ones. */
export function purchaseIds(list: ReadonlyArray<{ purchase_type: ReviewPurchase; purchase_id: string }>, type: ReviewPurchase) {
  return new Set(list.filter((p) => p.purchase_type === type).map((p) => p.purchase_id))
}

export const reviewDate = (value: string | null) => (value ? new Date(value).toLocaleDateString("en-ZA", { dateStyle: "medium" }) : null)

export const reviewCount = (count: number) => `${count} ${count === 1 ? "review" : "reviews"}`
