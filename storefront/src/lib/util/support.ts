import type {
  SupportCategory,
  SupportLink,
  SupportStatus,
  MESSAGE_MAX as BACKEND_MESSAGE_MAX,
  SUBJECT_MAX as BACKEND_SUBJECT_MAX,
} from "../../../../src/modules/support/values"

export type { SupportCategory, SupportLink, SupportStatus }

/** Who is asking: a shopper in their account, or a practitioner in the portal. */
export type SupportSide = "customer" | "practitioner"

/** How the viewer stands to a request: its requester, or a practitioner staff added to help. */
export type SupportRole = "requester" | "participant"

/** The longest subject and message the backend takes (its own constants, checked by type). */
export const SUBJECT_MAX: typeof BACKEND_SUBJECT_MAX = 200
export const MESSAGE_MAX: typeof BACKEND_MESSAGE_MAX = 10_000

/** The longest id a link may carry, as the backend checks ids. */
export const LINK_ID_MAX = 100

/** What each side may ask about, in the order the form offers them (customers cannot ask about payouts). */
export const SIDE_CATEGORIES = {
  customer: ["order", "session", "event_ticket", "account", "other"],
  practitioner: ["session", "event_ticket", "payout", "account", "other"],
} as const satisfies Record<SupportSide, readonly SupportCategory[]>

/** The record a category names, or null when it names none (account, other). */
export const LINK_OF_CATEGORY: Record<SupportCategory, SupportLink | null> = {
  order: "order",
  session: "booking",
  event_ticket: "ticket",
  payout: "payout",
  account: null,
  other: null,
}

/** What a request is about, in words the form and the list use. */
export const CATEGORY_WORDS: Record<SupportCategory, string> = {
  order: "An order",
  session: "A session",
  event_ticket: "An event ticket",
  payout: "A payout",
  account: "My account",
  other: "Something else",
}

/** Where each side's support pages live. */
export const SUPPORT_PATH: Record<SupportSide, string> = { customer: "/account/support", practitioner: "/practice/support" }

/**
 * A request's status as the viewer reads it. The requester is told when the
 * next step is theirs; without a role (a list that does not say it) the
 * words stay neutral.
 */
export function statusLabel(status: SupportStatus, role?: SupportRole): string {
  switch (status) {
    case "open":
      return "Sent, not answered yet"
    case "waiting_on_staff":
      return "Waiting for Avenrae support"
    case "waiting_on_customer":
      return role === "requester" ? "Answered, waiting for your reply" : "Answered by Avenrae support"
    case "resolved":
      return "Resolved"
    case "closed":
      return "Closed"
  }
}

/** The badge's colours: amber when the requester should act, green once settled, grey when closed. */
export function statusTone(status: SupportStatus, role?: SupportRole): string {
  if (status === "waiting_on_customer" && role === "requester") return "bg-amber-100 text-amber-900"
  if (status === "resolved") return "bg-emerald-100 text-emerald-900"
  if (status === "closed") return "bg-ink/10 text-ink-soft"
  return "bg-sand-100 text-ink"
}

/** Whether the viewer can still write in the request: anyone in it, until it is closed. */
export const canReply = (request: { status: SupportStatus }) => request.status !== "closed"

/** Whether the viewer can close the request: only its requester, and not twice. */
export const canClose = (request: { status: SupportStatus; your_role: SupportRole }) =>
  request.your_role === "requester" && request.status !== "closed"

/** What a new request is preset to: a category, and the record it names when the category takes one. */
export type SupportPreset = { category: SupportCategory | null; link_id: string | null }

/** The "new request" form preset to one category and, for an order, a session, a ticket or a payout, that record. */
export function newRequestHref(side: SupportSide, preset: { category: SupportCategory; link_id?: string | null }) {
  const query = new URLSearchParams({ category: preset.category })
  if (preset.link_id && LINK_OF_CATEGORY[preset.category]) query.set("link_id", preset.link_id)
  return `${SUPPORT_PATH[side]}/new?${query}`
}

const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/**
 * The preset in a "new request" link's query: a category this side may use,
 * and a link id only where the category names a record. Anything else (an
 * unknown category, a payout for a shopper, an id too long to be one) is
 * dropped, leaving the form open.
 */
export function presetFrom(params: Record<string, string | string[] | undefined>, side: SupportSide): SupportPreset {
  const category = first(params.category)
  const allowed: readonly SupportCategory[] = SIDE_CATEGORIES[side]
  if (!category || !allowed.includes(category as SupportCategory)) return { category: null, link_id: null }
  const chosen = category as SupportCategory
  const id = first(params.link_id)?.trim()
  const linkable = LINK_OF_CATEGORY[chosen] !== null && !!id && id.length <= LINK_ID_MAX
  return { category: chosen, link_id: linkable ? id : null }
}

/** Where the viewer sees the record a request names: the order itself, else the list it is in. */
export function linkHref(side: SupportSide, link: { link_type: SupportLink | null; link_id: string | null }): string | null {
  if (!link.link_type || !link.link_id) return null
  if (side === "customer") {
    if (link.link_type === "order") return `/account/orders/${encodeURIComponent(link.link_id)}`
    if (link.link_type === "booking") return "/account/sessions"
    if (link.link_type === "ticket") return "/account/tickets"
    return null
  }
  if (link.link_type === "booking") return "/practice/bookings"
  if (link.link_type === "ticket") return "/practice/events"
  if (link.link_type === "payout") return "/practice/earnings"
  return null
}

/** What a record a request names is called, in a word. */
export const LINK_WORDS: Record<SupportLink, string> = { order: "Order", booking: "Session", ticket: "Ticket", payout: "Payout" }

/**
 * Whether a message is the viewer's own. Messages carry no author id, but a
 * request has one customer (its requester) and at most one practitioner
 * (the requester, or the one staff added), so the author's kind tells.
 */
export const isOwnMessage = (author: { type: "customer" | "practitioner" | "staff" }, side: SupportSide) => author.type === side
