import "server-only"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"
import type { BookingBase } from "./bookings"
import type { PublicPractitioner } from "./practitioners"

/** What a practitioner sees of themselves: the public profile plus email and status. */
export type OwnPractitioner = Omit<PublicPractitioner, "distance_km" | "from_price"> & {
  email: string
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
}

export type OwnProduct = {
  id: string
  title: string
  handle: string
  status: string
  description: string | null
  variants: Array<{ id: string; title: string; prices: Array<{ amount: number; currency_code: string }> }>
}

/**
 * The logged-in practitioner (any status), or null when nobody is logged in
 * to the portal (or the login expired); an outage throws.
 */
export async function retrieveOwnPractitioner(): Promise<OwnPractitioner | null> {
  const headers = await practitionerHeaders()
  if (!headers.authorization) return null
  return orNull(async () => (await sdk.client.fetch<{ practitioner: OwnPractitioner }>("/vendor/me", { headers })).practitioner, [401, 404])
}

export async function listOwnProducts(): Promise<OwnProduct[]> {
  const { products } = await sdk.client.fetch<{ products: OwnProduct[] }>("/vendor/products", {
    headers: await practitionerHeaders(),
  })
  return products
}

export type WallInterval = { start: string; end: string }
export type WeeklyHours = Array<WallInterval & { weekday: number }>

export type OwnSchedule = {
  weekly: WeeklyHours
  overrides: Array<{ date: string; intervals: WallInterval[] }>
  time_off: Array<{ id: string; starts_at: string; ends_at: string; reason: string | null }>
  settings: {
    buffer_before_minutes: number
    buffer_after_minutes: number
    minimum_notice_minutes: number
    maximum_advance_days: number
    slot_step_minutes: number
  }
  policy: {
    refund_tiers: Array<{ hours_before: number; percent: number }>
    reschedule_until_hours_before: number
    max_reschedules: number
  }
}

/** One's weekly hours, upcoming date overrides and time off, settings and cancellation policy. */
export async function retrieveOwnSchedule(): Promise<OwnSchedule> {
  return sdk.client.fetch<OwnSchedule>("/vendor/schedule", { headers: await practitionerHeaders() })
}

/** A practitioner's booking: the client's name but not their email, the client's notes. */
export type OwnBooking = BookingBase & {
  notes: string | null
  cancellation_reason: string | null
  cancelled_by: string | null
  customer: { first_name: string | null; last_name: string | null } | null
}

/** The portal's booking lists, each a filter of the vendor API's. */
export const BOOKING_VIEWS = {
  upcoming: { label: "Upcoming", query: () => ({ status: "confirmed", from: new Date().toISOString() }) },
  to_mark: { label: "To mark", query: () => ({ status: "confirmed", to: new Date().toISOString() }) },
  completed: { label: "Completed", query: () => ({ status: "completed", order: "-starts_at" }) },
  no_show: { label: "No-shows", query: () => ({ status: "no_show", order: "-starts_at" }) },
  cancelled: { label: "Cancelled", query: () => ({ status: "cancelled", order: "-starts_at" }) },
} as const
export type BookingView = keyof typeof BOOKING_VIEWS

export async function listOwnBookings(view: BookingView): Promise<{ bookings: OwnBooking[]; count: number }> {
  return sdk.client.fetch("/vendor/bookings", {
    headers: await practitionerHeaders(),
    query: { ...BOOKING_VIEWS[view].query(), limit: 100 },
  })
}

/** One of the practitioner's own events, each date with its sales, as GET /vendor/events answers. */
export type ManagedEvent = {
  id: string
  title: string
  handle: string
  status: "draft" | "published" | "cancelled" | "completed"
  format: string
  timezone: string
  city: string | null
  venue_name: string | null
  ticket_types: Array<{ id: string; name: string; per_order_limit: number }>
  dates: Array<{
    id: string
    starts_at: string
    ends_at: string
    status: "scheduled" | "cancelled" | "completed"
    capacity: number
    sold: number
    checked_in: number
    held: number
    offered: number
    waiting: number
    seats_left: number
  }>
}

export async function listOwnEvents(): Promise<ManagedEvent[]> {
  const { events } = await sdk.client.fetch<{ events: ManagedEvent[] }>("/vendor/events", {
    query: { limit: 100 },
    headers: await practitionerHeaders(),
    cache: "no-store",
  })
  return events
}

export type DateAttendees = {
  date: { id: string; starts_at: string; event_title: string; timezone: string }
  attendees: Array<{
    attendee_name: string
    attendee_email: string | null
    ticket_type: string
    status: string
    checked_in_at: string | null
  }>
}

/** Who holds a ticket to one of the practitioner's dates, or null when the date is not theirs. */
export async function listDateAttendees(dateId: string): Promise<DateAttendees | null> {
  const headers = await practitionerHeaders()
  return orNull(() =>
    sdk.client.fetch<DateAttendees>(`/vendor/events/dates/${encodeURIComponent(dateId)}/attendees`, { headers, cache: "no-store" })
  )
}
