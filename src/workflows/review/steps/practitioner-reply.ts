import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { preCheckFlags } from "../../../lib/reviews/pre-check"
import { reviewSettings } from "../../../lib/reviews/review-settings"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

/**
 * The practitioner's one public reply to a published review of them, their
 * event or their product; writing again edits it. The same pre-check decides
 * whether it is public at once or waits for staff. A reply never changes the
 * review or its rating.
 */
export const replyToReviewStep = createStep(
  "reply-to-review",
  async (input: { id: string; practitioner_id: string; body: string; now: Date }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const [review] = await service.listReviews({ id: input.id, practitioner_id: input.practitioner_id })
    if (!review) throw new MedusaError(MedusaError.Types.NOT_FOUND, `No review ${input.id} of you.`)
    if (review.status !== "published") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This review is ${review.status}; you can reply once it is published.`)
    }
    const settings = reviewSettings(process.env)
    const flags = preCheckFlags(input.body, settings.blockedWords)
    const publish = !flags.length && settings.moderation === "flagged"
    const [updated] = await service.updateReviews([
      {
        id: review.id,
        reply_body: input.body,
        reply_flags: flags,
        reply_status: publish ? "published" : "pending",
        reply_reason: null,
        replied_at: input.now,
      },
    ])
    return new StepResponse(updated)
  }
)
