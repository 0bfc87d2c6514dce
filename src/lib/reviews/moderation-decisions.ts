import type { ReviewStatus } from "../../modules/review/values"

export const MODERATION_DECISIONS = ["approve", "reject", "hide"] as const
export type ModerationDecisionName = (typeof MODERATION_DECISIONS)[number]

export const STATUS_AFTER: Record<ModerationDecisionName, ReviewStatus> = { approve: "published", reject: "rejected", hide: "hidden" }

/**
 * What staff can decide on a review now: any decision that changes its
 * status, and approving a published one that readers reported (it clears
 * the reports). The admin offers exactly these; the workflow refuses others.
 */
export function allowedDecisions(review: { status: ReviewStatus; report_count: number }): ModerationDecisionName[] {
  return MODERATION_DECISIONS.filter(
    (decision) => STATUS_AFTER[decision] !== review.status || (decision === "approve" && review.report_count > 0)
  )
}
