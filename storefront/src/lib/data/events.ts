import "server-only"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import type { ListedEvent } from "../../../../src/modules/event/listing"
import type { EventFormat, EventKind, TicketStatus } from "../../../../src/modules/event/values"

export type { ListedEvent }

export type TicketChoice = {
  variant_id: string
  name: string
  kind: string
  per_order_limit: number
  sale_starts_at: string | null
  sale_ends_at: string | null
  on_sale: boolean
}

export type EventPage = Omit<ListedEvent, "dates"> & {
  description: string | null
  venue_address: string | null
  product_id: string | null
  dates: Array<ListedEvent["dates"][number] & { tickets: TicketChoice[] }>
}

/** A ticket as its holder sees it: with its QR code (an SVG) while it can be scanned. */
export type HeldTicket = {
  id: string
  status: TicketStatus
  attendee_name: string
  code: string | null
  qr_svg: string | null
  ticket_type: { name: string }
  event_date: {
    starts_at: string
    ends_at: string
    event: {
      title: string
      handle: string
      format: EventFormat
      timezone: string
      venue_name: string | null
      city: string | null
      online_url: string | null
    }
  }
}

export type EventQuery = {
  kind?: string
  format?: string
  city?: string
  host?: string
  near?: string
  radius_km?: number
  from?: string
  to?: string
  limit: number
  offset: number
}

export async function listEvents(query: EventQuery) {
  return sdk.client.fetch<{ events: ListedEvent[]; count: number }>("/store/events", {
    query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
    cache: "no-store",
  })
}

/** A published event's page, or null when none is on sale under the handle. */
export async function getEvent(handle: string): Promise<EventPage | null> {
  return orNull(
    async () => (await sdk.client.fetch<{ event: EventPage }>(`/store/events/${encodeURIComponent(handle)}`, { cache: "no-store" })).event
  )
}

/** Each ticket variant's price in the region (Medusa's own price calculation), by variant id. */
export async function ticketPrices(productId: string, regionId: string) {
  const { products } = await sdk.store.product.list({ id: [productId], region_id: regionId, fields: "id,*variants.calculated_price" })
  return new Map(
    (products[0]?.variants ?? []).map((v) => [
      v.id,
      { amount: Number(v.calculated_price?.calculated_amount), currency_code: v.calculated_price?.currency_code ?? "" },
    ])
  )
}

export async function listOrderTickets(orderId: string) {
  return (await sdk.client.fetch<{ tickets: HeldTicket[] }>(`/store/orders/${encodeURIComponent(orderId)}/tickets`, { cache: "no-store" }))
    .tickets
}

/** Tickets held in a cart: one line each, with the attendees named and how long the seats stay held. */
export type CartTicketLine = {
  id: string
  line_item_id: string | null
  quantity: number
  attendees: Array<{ name: string; email: string | null }>
  expires_at: string
  ticket_type: { name: string }
  event_date: { starts_at: string; ends_at: string; event: { title: string; handle: string; timezone: string } }
}

export async function listCartTickets(cartId: string) {
  const { seat_holds } = await sdk.client.fetch<{ seat_holds: CartTicketLine[] }>(`/store/carts/${encodeURIComponent(cartId)}/tickets`, {
    cache: "no-store",
  })
  return seat_holds
}

export async function listMyTickets(status: "upcoming" | "past") {
  return sdk.client.fetch<{ tickets: HeldTicket[]; count: number }>("/store/customers/me/tickets", {
    query: { status, limit: 50 },
    headers: await customerHeaders(),
    cache: "no-store",
  })
}

export const EVENT_KIND_LABELS: Record<EventKind, string> = {
  workshop: "Workshops",
  circle: "Circles",
  ceremony: "Ceremonies",
  retreat: "Retreats",
  talk: "Talks",
}

/** What a waitlist offer's link keeps: how many seats of which date, until when. */
export type WaitlistOffer = {
  quantity: number
  expires_at: string
  event: { title: string; handle: string; timezone: string }
  date: { id: string; starts_at: string; ends_at: string }
}

/** The offer behind a waitlist link, or null when the link is unknown, used or lapsed (with the backend's words). */
export async function getWaitlistOffer(token: string): Promise<{ offer: WaitlistOffer | null; problem?: string }> {
  try {
    const { waitlist_offer } = await sdk.client.fetch<{ waitlist_offer: WaitlistOffer }>(
      `/store/waitlist-offers/${encodeURIComponent(token)}`,
      { cache: "no-store" }
    )
    return { offer: waitlist_offer }
  } catch (error) {
    const { status, message } = (error ?? {}) as { status?: number; message?: string }
    if (status === 404) return { offer: null, problem: message }
    throw error
  }
}
