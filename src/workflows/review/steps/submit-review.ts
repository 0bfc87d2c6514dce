import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { reviewRefusal, reviewTargetOf } from "../../../lib/reviews/eligibility"
import { preCheckFlags, reviewText } from "../../../lib/reviews/pre-check"
import { reviewerDisplayName } from "../../../lib/reviews/reviewer-name"
import { reviewSettings } from "../../../lib/reviews/review-settings"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { ReviewPurchase } from "../../../modules/review/values"
import { wordedConflict } from "../../utils/worded-conflict"
import { purchaseFacts } from "../utils/purchase-facts"

export type ReviewContent = { rating: number; title?: string | null; body?: string | null; language?: string }
export type SubmitReviewInput = ReviewContent & { customer_id: string; purchase_type: ReviewPurchase; purchase_id: string; now: Date }

const alreadyReviewed = () => wordedConflict("review_conflict", "You have already reviewed this purchase. Edit your review instead.")

/**
 * A shopper reviews one purchase of theirs: the purchase decides the target
 * (never the request); a review the pre-check finds nothing in is published
 * at once unless every review waits for staff. The unique index on the
 * purchase decides between two submissions at once: the second hears 409.
 */
export const submitReviewStep = createStep(
  "submit-review",
  async (input: SubmitReviewInput, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const purchase = await purchaseFacts(container, input.purchase_type, input.purchase_id)
    const refusal = reviewRefusal(purchase, input.customer_id, new Date(input.now))
    if (refusal) {
      const notYours = !purchase || purchase.customer_id !== input.customer_id
      throw new MedusaError(notYours ? MedusaError.Types.NOT_FOUND : MedusaError.Types.NOT_ALLOWED, refusal)
    }
    const existing = await service.listReviews({ purchase_type: input.purchase_type, purchase_id: input.purchase_id }, { take: 1 })
    if (existing.length) throw alreadyReviewed()

    const customer = await container.resolve(Modules.CUSTOMER).retrieveCustomer(input.customer_id)
    const settings = reviewSettings(process.env)
    const flags = preCheckFlags(reviewText(input), settings.blockedWords)
    const publish = !flags.length && settings.moderation === "flagged"
    const target = reviewTargetOf(purchase!)
    try {
      const review = await service.createCountedReview({
        ...target,
        purchase_type: input.purchase_type,
        purchase_id: input.purchase_id,
        order_id: purchase!.order_id,
        customer_id: input.customer_id,
        reviewer_name: reviewerDisplayName(customer.first_name, customer.last_name),
        rating: input.rating,
        title: input.title ?? null,
        body: input.body ?? null,
        language: input.language ?? "en",
        status: publish ? "published" : "pending",
        flags,
        verified: true,
        published_at: publish ? input.now : null,
      })
      return new StepResponse(review, review.id)
    } catch (error) {
      // The other submission of the same purchase won the unique index.
      const raced = await service.listReviews({ purchase_type: input.purchase_type, purchase_id: input.purchase_id }, { take: 1 })
      if (raced.length) throw alreadyReviewed()
      throw error
    }
  },
  async (reviewId, { container }) => {
    if (reviewId) await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteCountedReview(reviewId)
  }
)
