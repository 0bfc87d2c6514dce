import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { preCheckFlags, reviewText } from "../../../lib/reviews/pre-check"
import { reviewSettings } from "../../../lib/reviews/review-settings"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import { ownReview } from "../utils/review-access"
import type { ReviewContent } from "./submit-review"

/**
 * The author edits their review: whatever its state, it goes back to
 * pending for staff to read again (and leaves the aggregate until then).
 */
export const editOwnReviewStep = createStep(
  "edit-own-review",
  async (input: Partial<ReviewContent> & { id: string; customer_id: string; now: Date }, { container }) => {
    const review = await ownReview(container, input.id, input.customer_id)
    const next = {
      rating: input.rating ?? review.rating,
      title: input.title === undefined ? review.title : input.title,
      body: input.body === undefined ? review.body : input.body,
      language: input.language ?? review.language,
    }
    const [updated] = await container.resolve<ReviewModuleService>(REVIEW_MODULE).updateCountedReviews([
      {
        id: review.id,
        ...next,
        status: "pending",
        flags: preCheckFlags(reviewText(next), reviewSettings(process.env).blockedWords),
        moderation_reason: null,
        moderation_note: null,
        edited_at: input.now,
      },
    ])
    return new StepResponse(updated)
  }
)

/** The author deletes their review; the purchase can be reviewed again. */
export const deleteOwnReviewStep = createStep("delete-own-review", async (input: { id: string; customer_id: string }, { container }) => {
  const review = await ownReview(container, input.id, input.customer_id)
  await container.resolve<ReviewModuleService>(REVIEW_MODULE).deleteCountedReview(review.id)
  return new StepResponse({ id: review.id, deleted: true })
})

/**
 * A customer or a practitioner reports a published review (once each); the
 * N-th open report takes it off the page into the staff queue.
 */
export const reportReviewStep = createStep(
  "report-review",
  async (input: { id: string; reporter_type: "customer" | "practitioner"; reporter_id: string; reason: string }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await service.listReviews({ id: input.id, status: ["published", "hidden"] })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published review ${input.id}.`)
    // A practitioner reports only reviews of them; any other reads as not there.
    if (input.reporter_type === "practitioner" && review.practitioner_id !== input.reporter_id) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `No review ${input.id} of you.`)
    }
    if (input.reporter_type === "customer" && review.customer_id === input.reporter_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot report your own review; edit or delete it instead.")
    }
    const open = await service.addReport({ ...input, review_id: review.id })
    if (open === undefined) return new StepResponse({ id: review.id, reported: true, already_reported: true })
    if (review.status === "published" && open >= reviewSettings(process.env).reportsToHide) {
      await service.updateCountedReviews([{ id: review.id, status: "hidden" }])
    }
    return new StepResponse({ id: review.id, reported: true, already_reported: false })
  }
)

/** A customer found a published review helpful; one vote each, and not on their own. */
export const markReviewHelpfulStep = createStep(
  "mark-review-helpful",
  async (input: { id: string; customer_id: string }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await service.listReviews({ id: input.id, status: "published" })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No published review ${input.id}.`)
    if (review.customer_id === input.customer_id) {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "You cannot mark your own review as helpful.")
    }
    const counted = await service.addHelpfulVote(review.id, input.customer_id)
    const [after] = await service.listReviews({ id: review.id }, { select: ["id", "helpful_count"] })
    return new StepResponse({ id: review.id, helpful_count: after.helpful_count, counted })
  }
)
