import type { ReviewPurchase } from "../../modules/review/values"

/** How long after its outcome each purchase is asked about, and how far back a run looks (older ones are never asked). */
export const ASK_AFTER_MS: Record<ReviewPurchase, number> = {
  booking: 24 * 3_600_000,
  ticket: 0,
  order_line: 7 * 86_400_000,
}
export const ASK_WITHIN_MS = 30 * 86_400_000

/** The email asking one customer to review one purchase, with the link that opens the form for exactly it. */
export function reviewRequestNotification(input: {
  purchase_type: ReviewPurchase
  purchase_id: string
  email: string
  what: string
  storefront: string
}) {
  const query = new URLSearchParams({ purchase_type: input.purchase_type, purchase_id: input.purchase_id })
  return {
    to: input.email,
    channel: "email",
    template: "review-request",
    trigger_type: "review.requested",
    resource_id: input.purchase_id,
    resource_type: input.purchase_type,
    idempotency_key: `review-request:${input.purchase_type}:${input.purchase_id}`,
    data: { what: input.what, link: `${input.storefront}/account/reviews/new?${query}` },
  }
}
