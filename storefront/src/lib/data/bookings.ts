import "server-only"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import type { BookingAction, BookingStatus } from "../../../../src/modules/booking/statuses"

export type Slot = { starts_at: string; ends_at: string; local_start: string; local_end: string }

/** What every booking answer carries, whoever asks. */
export type BookingBase = {
  id: string
  status: BookingStatus
  starts_at: string
  ends_at: string
  customer_timezone: string
  meeting_mode: "in_person" | "online"
  meeting_url: string | null
  meeting_address: string | null
  variant: { title: string; product: { title: string } | null } | null
  /** What the viewer may do with it now, as the backend decides. */
  allowed_actions: BookingAction[]
}

/** A shopper's own booking, with its practitioner and order. */
export type MyBooking = BookingBase & {
  variant_id: string
  order_id: string | null
  reschedule_count: number
  refund_amount: number | null
  practitioner: { handle: string; display_name: string; timezone: string } | null
  order: { id: string; display_id: number; currency_code: string } | null
}

/** The window the storefront offers times in: from now, two weeks on. */
function nextTwoWeeks() {
  const from = new Date()
  return { from: from.toISOString(), to: new Date(from.getTime() + 14 * 86_400_000).toISOString() }
}

/** Free times of one session duration, in the shopper's zone. */
export async function listSlots(handle: string, variantId: string, timeZone: string) {
  return sdk.client.fetch<{ slots: Slot[]; timezone: string; practitioner_timezone: string }>(
    `/store/practitioners/${encodeURIComponent(handle)}/slots`,
    { query: { variant_id: variantId, ...nextTwoWeeks(), tz: timeZone } }
  )
}

/** Where one's own session can move to: its own time does not count as taken. */
export async function listMoveSlots(bookingId: string) {
  return sdk.client.fetch<{ slots: Slot[] }>(`/store/bookings/${encodeURIComponent(bookingId)}/slots`, {
    query: nextTwoWeeks(),
    headers: await customerHeaders(),
  })
}

export async function listMyBookings(status: "upcoming" | "past" | "cancelled") {
  return sdk.client.fetch<{ bookings: MyBooking[]; count: number }>("/store/customers/me/bookings", {
    query: { status, limit: 50 },
    headers: await customerHeaders(),
  })
}

/** A session in a cart or an order, as whoever holds its id sees it: when and with whom. */
export type SessionLine = {
  id: string
  status: BookingBase["status"]
  line_item_id: string | null
  starts_at: string
  ends_at: string
  hold_expires_at: string | null
  customer_timezone: string
  practitioner: { display_name: string; timezone: string } | null
}

/** The sessions held in a cart, each with the cart line carrying it. */
export async function listCartSessions(cartId: string) {
  const { bookings } = await sdk.client.fetch<{ bookings: SessionLine[] }>(`/store/carts/${encodeURIComponent(cartId)}/bookings`, {
    cache: "no-store",
  })
  return bookings
}

/** The sessions bought in an order, as they are now (moved or cancelled since, too). */
export async function listOrderSessions(orderId: string) {
  const { bookings } = await sdk.client.fetch<{ bookings: SessionLine[] }>(`/store/orders/${encodeURIComponent(orderId)}/bookings`, {
    cache: "no-store",
  })
  return bookings
}
