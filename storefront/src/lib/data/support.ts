import "server-only"
import { orNull } from "../backend/call-backend"
import { sdk, MEDUSA_PUBLISHABLE_KEY } from "../config"
import { customerHeaders, practitionerHeaders } from "../cookies"
import { formatMoney } from "../util/money"
import { datedTime, sessionTime } from "../util/session-time"
import type { SupportCategory, SupportLink, SupportRole, SupportSide, SupportStatus } from "../util/support"
import { retrieveOrder } from "./customer"
import { listMyBookings } from "./bookings"
import { listOwnPayouts } from "./earnings"
import { listMyTickets } from "./events"
import { BOOKING_VIEWS, listOwnBookings, type BookingView } from "./vendor"

/** A request as its requester (or a practitioner staff added) sees it in a list. */
export type SupportRequestSummary = {
  id: string
  subject: string
  category: SupportCategory
  link_type: SupportLink | null
  link_id: string | null
  status: SupportStatus
  created_at: string
  last_message_at: string
  closed_at: string | null
}

export type SupportAttachment = { id: string; filename: string; mime_type: string; size: number }

/** One message of a thread; staff answers are signed "Avenrae support", internal notes never appear. */
export type SupportMessage = {
  id: string
  author: { type: "customer" | "practitioner" | "staff"; name: string }
  body: string
  created_at: string
  attachments: SupportAttachment[]
}

/** A request with its thread, and how the viewer stands to it. */
export type SupportThread = SupportRequestSummary & {
  messages: SupportMessage[]
  participants: Array<{ practitioner_id: string; name: string | null }>
  your_role: SupportRole
}

/** Each side's half of the API: its routes and its login. */
export const SUPPORT_API: Record<SupportSide, { base: "/store" | "/vendor"; headers: () => Promise<Record<string, string>> }> = {
  customer: { base: "/store", headers: customerHeaders },
  practitioner: { base: "/vendor", headers: practitionerHeaders },
}

/** The headers a plain fetch of the side's API needs: the login, and for /store the publishable key. */
export async function supportFetchHeaders(side: SupportSide): Promise<Record<string, string>> {
  const login = await SUPPORT_API[side].headers()
  return side === "customer" ? { "x-publishable-api-key": MEDUSA_PUBLISHABLE_KEY, ...login } : login
}

/** A page of the viewer's requests, newest activity first (a practitioner's also those staff added them to). */
export async function listSupportRequests(side: SupportSide, query: { limit: number; offset: number; status?: SupportStatus }) {
  const { base, headers } = SUPPORT_API[side]
  return sdk.client.fetch<{ support_requests: SupportRequestSummary[]; count: number; limit: number; offset: number }>(
    `${base}/support-requests`,
    {
      query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined)),
      headers: await headers(),
      cache: "no-store",
    }
  )
}

/** One request with its thread, or null when it is not the viewer's (or there is none). */
export async function retrieveSupportRequest(side: SupportSide, id: string): Promise<SupportThread | null> {
  const { base, headers } = SUPPORT_API[side]
  const auth = await headers()
  return orNull(
    async () =>
      (
        await sdk.client.fetch<{ support_request: SupportThread }>(`${base}/support-requests/${encodeURIComponent(id)}`, {
          headers: auth,
          cache: "no-store",
        })
      ).support_request
  )
}

/** The record a new request names, in words: what it is, and a line of detail. */
export type LinkDescription = { title: string; detail: string | null }

/**
 * The shopper's order, session or ticket a new request names, found among
 * theirs; null when it is not there (the backend has the last word when the
 * request is sent). There is no read of one session or ticket, so they are
 * looked up in the shopper's lists.
 */
export async function describeCustomerLink(
  category: SupportCategory,
  linkId: string,
  customerId: string,
  zone: string
): Promise<LinkDescription | null> {
  if (category === "order") {
    const order = await retrieveOrder(linkId)
    if (!order || order.customer_id !== customerId) return null
    return { title: `Order #${order.display_id}`, detail: `Placed ${datedTime(order.created_at, zone)}` }
  }
  if (category === "session") {
    const lists = await Promise.all((["upcoming", "past", "cancelled"] as const).map((status) => listMyBookings(status)))
    const booking = lists.flatMap((list) => list.bookings).find((b) => b.id === linkId)
    if (!booking) return null
    const what = booking.variant?.product?.title ?? "Session"
    return {
      title: [what, booking.practitioner?.display_name].filter(Boolean).join(" with "),
      detail: sessionTime(booking.starts_at, zone, "long"),
    }
  }
  if (category === "event_ticket") {
    const lists = await Promise.all((["upcoming", "past"] as const).map((status) => listMyTickets(status)))
    const ticket = lists.flatMap((list) => list.tickets).find((t) => t.id === linkId)
    if (!ticket) return null
    return {
      title: ticket.event_date.event.title,
      detail: `${ticket.ticket_type.name} for ${ticket.attendee_name}, ${sessionTime(ticket.event_date.starts_at, zone, "long")}`,
    }
  }
  return null
}

/**
 * The practitioner's session or payout a new request names, found among
 * theirs; null when it is not there, or for a ticket (the portal lists
 * attendees, not tickets).
 */
export async function describePractitionerLink(category: SupportCategory, linkId: string, zone: string): Promise<LinkDescription | null> {
  if (category === "payout") {
    const payout = (await listOwnPayouts()).find((p) => p.id === linkId)
    if (!payout) return null
    return {
      title: `Payout of ${formatMoney(Number(payout.amount), payout.currency_code)}`,
      detail: `Opened ${datedTime(payout.created_at, zone)}`,
    }
  }
  if (category === "session") {
    const views = Object.keys(BOOKING_VIEWS) as BookingView[]
    const lists = await Promise.all(views.map((view) => listOwnBookings(view)))
    const booking = lists.flatMap((list) => list.bookings).find((b) => b.id === linkId)
    if (!booking) return null
    const client = [booking.customer?.first_name, booking.customer?.last_name].filter(Boolean).join(" ") || "a client"
    return {
      title: `${booking.variant?.product?.title ?? "Session"} with ${client}`,
      detail: sessionTime(booking.starts_at, zone, "long"),
    }
  }
  return null
}
