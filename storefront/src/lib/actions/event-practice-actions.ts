"use server"

import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"
import { ActionState, errorMessage, failure } from "../util/errors"
import { zonedInstant } from "../util/zone-time"

const call = async <T = unknown>(path: string, body: Record<string, unknown>) =>
  sdk.client.fetch<T>(path, { method: "POST", headers: await practitionerHeaders(), body })

/**
 * Puts on an event from the portal's form: one date (its day, start and end
 * typed in the event's zone) and one ticket type priced in rand, dollars or
 * euros; published at once or kept as a draft.
 */
export async function createEvent(_: ActionState, form: FormData): Promise<ActionState> {
  const get = (name: string) => String(form.get(name) ?? "").trim()
  const zone = get("timezone")
  const format = get("format")
  let startsAt: Date, endsAt: Date
  try {
    startsAt = zonedInstant(get("date"), get("starts"), zone)
    endsAt = zonedInstant(get("date"), get("ends"), zone)
  } catch {
    return failure(form, "Give the date as a day with a start and an end time.")
  }
  const prices = Object.fromEntries(
    (["zar", "usd", "eur"] as const).map((c) => [c, Number(get(`price_${c}`) || 0)] as const).filter(([, amount]) => amount > 0)
  )
  try {
    await call("/vendor/events", {
      title: get("title"),
      ...(get("description") ? { description: get("description") } : {}),
      kind: get("kind"),
      format,
      ...(format !== "online" ? { venue_name: get("venue_name"), ...(get("city") ? { city: get("city") } : {}) } : {}),
      ...(format !== "in_person" ? { online_url: get("online_url") } : {}),
      timezone: zone,
      status: form.get("publish") ? "published" : "draft",
      dates: [{ starts_at: startsAt.toISOString(), ends_at: endsAt.toISOString(), capacity: Number(get("capacity")) }],
      ticket_types: [{ name: get("ticket_name") || "General", prices }],
    })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/practice/events")
  return { ok: true, message: form.get("publish") ? "Your event is on sale." : "Your event is saved as a draft." }
}

/** Publishes one of one's events, or takes it back to draft while nothing is sold. */
export async function setEventStatus(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await call(`/vendor/events/${encodeURIComponent(String(form.get("event_id")))}`, { status: String(form.get("status")) })
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/practice/events")
  return { ok: true, message: form.get("status") === "published" ? "Published." : "Back to draft." }
}

/** A new capacity for one of one's dates: never below what is taken. */
export async function setDateCapacity(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await call(`/vendor/events/dates/${encodeURIComponent(String(form.get("date_id")))}`, { capacity: Number(form.get("capacity")) })
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/practice/events")
  return { ok: true, message: "Capacity changed." }
}

/** Cancels one of one's dates: every ticket refunded in full, attendees and the waitlist emailed. */
export async function cancelEventDate(_: ActionState, form: FormData): Promise<ActionState> {
  let answer: { event_date_cancellation: { tickets_cancelled: number } }
  try {
    answer = await call<typeof answer>(`/vendor/events/dates/${encodeURIComponent(String(form.get("date_id")))}/cancel`, {
      reason: String(form.get("reason") ?? ""),
    })
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/practice/events")
  const n = answer.event_date_cancellation.tickets_cancelled
  return { ok: true, message: `Date cancelled; ${n} ${n === 1 ? "ticket" : "tickets"} refunded in full.` }
}

/** Adds a date to one of one's events: its day, start and end in the event's zone, and its seats. */
export async function addEventDate(_: ActionState, form: FormData): Promise<ActionState> {
  const get = (name: string) => String(form.get(name) ?? "").trim()
  let startsAt: Date, endsAt: Date
  try {
    startsAt = zonedInstant(get("date"), get("starts"), get("timezone"))
    endsAt = zonedInstant(get("date"), get("ends"), get("timezone"))
  } catch {
    return failure(form, "Give the date as a day with a start and an end time.")
  }
  try {
    await call(`/vendor/events/${encodeURIComponent(get("event_id"))}/dates`, {
      starts_at: startsAt.toISOString(),
      ends_at: endsAt.toISOString(),
      capacity: Number(get("capacity")),
    })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/practice/events")
  return { ok: true, message: "Date added." }
}
