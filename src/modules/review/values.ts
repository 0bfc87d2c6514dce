/**
 * The review module's vocabularies, declared once (this file imports
 * nothing, so the admin and the storefront can take it too).
 */

/** What a review is about: a practitioner (through a session), a product (through an order line) or an event (through a ticket). */
export const REVIEW_TARGETS = ["practitioner", "product", "event"] as const
export type ReviewTarget = (typeof REVIEW_TARGETS)[number]

/** The purchase that entitles a review: one review per booking, per order line, per ticket. */
export const REVIEW_PURCHASES = ["booking", "order_line", "ticket"] as const
export type ReviewPurchase = (typeof REVIEW_PURCHASES)[number]

/** Which target each purchase reviews. */
export const TARGET_OF_PURCHASE: Record<ReviewPurchase, ReviewTarget> = {
  booking: "practitioner",
  order_line: "product",
  ticket: "event",
}

/**
 * pending: waits for staff (flagged by the pre-check, or edited by its author);
 * published: shown and counted; rejected: refused by staff, with a reason the
 * author sees; hidden: enough reports moved it off the page until staff decide.
 */
export const REVIEW_STATUSES = ["pending", "published", "rejected", "hidden"] as const
export type ReviewStatus = (typeof REVIEW_STATUSES)[number]

/** A practitioner's public reply has a status of its own: it goes through the same pre-check. */
export const REPLY_STATUSES = ["pending", "published", "rejected"] as const
export type ReplyStatus = (typeof REPLY_STATUSES)[number]

/** The only grounds on which staff refuse or hide a review: its content, never its rating. */
export const MODERATION_REASONS = ["abuse", "personal_data", "off_topic", "spam"] as const
export type ModerationReason = (typeof MODERATION_REASONS)[number]

export const MODERATION_REASON_LABELS: Record<ModerationReason, string> = {
  abuse: "Abusive or hateful language",
  personal_data: "Personal data (someone's contact details or private information)",
  off_topic: "Not about the session, product or event",
  spam: "Spam or advertising",
}

/** What the automatic pre-check looks for; a flag only routes a review to staff. */
export const REVIEW_FLAGS = ["link", "email", "phone", "word"] as const
export type ReviewFlag = (typeof REVIEW_FLAGS)[number]

export const REVIEW_SORTS = ["newest", "highest", "lowest", "helpful"] as const
export type ReviewSort = (typeof REVIEW_SORTS)[number]

export const REVIEW_RATINGS = [1, 2, 3, 4, 5] as const
