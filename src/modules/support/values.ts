/**
 * The support module's vocabularies, declared once (this file imports
 * nothing, so the admin and the storefront can take it too).
 */

/** What a request is about. */
export const SUPPORT_CATEGORIES = ["order", "session", "event_ticket", "payout", "account", "other"] as const
export type SupportCategory = (typeof SUPPORT_CATEGORIES)[number]

/** A purchase or payout a request may name, which must be the requester's own. */
export const SUPPORT_LINKS = ["order", "booking", "ticket", "payout"] as const
export type SupportLink = (typeof SUPPORT_LINKS)[number]

/** The record each category may name; account and other name none. */
export const LINK_OF_CATEGORY: Partial<Record<SupportCategory, SupportLink>> = {
  order: "order",
  session: "booking",
  event_ticket: "ticket",
  payout: "payout",
}

export const SUPPORT_PRIORITIES = ["low", "normal", "high", "urgent"] as const
export type SupportPriority = (typeof SUPPORT_PRIORITIES)[number]

/**
 * open: new, no one on the staff has answered yet; waiting_on_staff: the
 * requester (or the practitioner added) wrote last; waiting_on_customer: staff
 * answered and wait for the requester; resolved: staff consider it settled
 * (a reply from the requester opens it again); closed: finished for good.
 */
export const SUPPORT_STATUSES = ["open", "waiting_on_staff", "waiting_on_customer", "resolved", "closed"] as const
export type SupportStatus = (typeof SUPPORT_STATUSES)[number]

/** Who opened a request. */
export const SUPPORT_REQUESTERS = ["customer", "practitioner"] as const
export type SupportRequester = (typeof SUPPORT_REQUESTERS)[number]

/** Who wrote a message. */
export const SUPPORT_AUTHORS = ["customer", "practitioner", "staff"] as const
export type SupportAuthor = (typeof SUPPORT_AUTHORS)[number]

/** Attachments: what may be sent and how large. */
export const ATTACHMENT_TYPES = ["image/png", "image/jpeg", "image/webp", "application/pdf", "text/plain"] as const
export type AttachmentType = (typeof ATTACHMENT_TYPES)[number]
export const ATTACHMENT_MAX_BYTES = 5 * 1024 * 1024
export const ATTACHMENTS_PER_MESSAGE = 5
/** Uploaded files one may keep waiting to be sent; unsent ones are cleared after a day. */
export const UNSENT_ATTACHMENTS_MAX = 20

/** The longest subject and message. */
export const SUBJECT_MAX = 200
export const MESSAGE_MAX = 10_000
