import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"
import type { ModerationReason } from "../../../modules/review/values"
import { allowedDecisions } from "../../../lib/reviews/moderation-decisions"

export type ModerationDecision = {
  ids: string[]
  decision: "approve" | "reject" | "hide"
  reason?: ModerationReason | null
  note?: string | null
  actor_id: string
  now: Date
}

/**
 * Staff decide on reviews: approve publishes them (and clears their open
 * reports), reject and hide take them off the page for a content reason,
 * which their author sees. A reason is required to refuse; the rating is
 * never one. The aggregates follow in the same transaction.
 */
export const moderateReviewsStep = createStep("moderate-reviews", async (input: ModerationDecision, { container }) => {
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const reviews = await service.listReviews({ id: input.ids }, { take: input.ids.length })
  const missing = input.ids.filter((id) => !reviews.some((review) => review.id === id))
  if (missing.length) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No review ${missing.join(", ")}.`)
  const refused = reviews.filter((review) => !allowedDecisions(review).includes(input.decision))
  if (refused.length) {
    throw new MedusaError(
      MedusaError.Types.NOT_ALLOWED,
      `Review ${refused.map((r) => r.id).join(", ")} is already ${refused[0].status}; there is nothing to ${input.decision}.`
    )
  }
  if (input.decision !== "approve" && !input.reason) {
    throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say why: reason must be one of abuse, personal_data, off_topic, spam.")
  }
  const common = { moderated_by: input.actor_id, moderated_at: input.now, moderation_note: input.note ?? null }
  const updated = await service.updateCountedReviews(
    reviews.map((review) =>
      input.decision === "approve"
        ? { id: review.id, ...common, status: "published", moderation_reason: null, published_at: review.published_at ?? input.now }
        : { id: review.id, ...common, status: input.decision === "reject" ? "rejected" : "hidden", moderation_reason: input.reason }
    )
  )
  if (input.decision === "approve") await service.resolveReports(input.ids)
  return new StepResponse(updated)
})

/** Staff decide on a practitioner's reply that the pre-check held back. */
export const moderateReplyStep = createStep(
  "moderate-review-reply",
  async (input: { id: string; decision: "approve" | "reject"; reason?: ModerationReason | null; actor_id: string }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await service.listReviews({ id: input.id })
    if (!review || !review.reply_body) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No reply on review ${input.id}.`)
    if (input.decision === "reject" && !input.reason) {
      throw new MedusaError(MedusaError.Types.INVALID_DATA, "Say why: reason must be one of abuse, personal_data, off_topic, spam.")
    }
    const [updated] = await service.updateReviews([
      {
        id: review.id,
        reply_status: input.decision === "approve" ? "published" : "rejected",
        reply_reason: input.decision === "approve" ? null : input.reason,
      },
    ])
    return new StepResponse(updated)
  }
)
