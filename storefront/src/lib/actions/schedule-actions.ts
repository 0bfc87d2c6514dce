"use server"

import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"
import { retrieveOwnPractitioner, WeeklyHours } from "../data/vendor"
import { ActionState, errorMessage, failure, statusOf } from "../util/errors"
import { apiEnd } from "../util/wall-time"
import { nextDate, zonedInstant } from "../util/zone-time"

/** Calls the vendor API as the logged-in practitioner; by default refreshes the portal's pages on success. */
async function vendorCall<T>(path: string, method: "POST" | "PUT" | "DELETE", body?: unknown, refresh = true) {
  const answer = await sdk.client.fetch<T>(path, { method, headers: await practitionerHeaders(), ...(body === undefined ? {} : { body }) })
  if (refresh) revalidatePath("/practice", "layout")
  return answer
}

/** Replaces the whole week's hours; the backend refuses overlaps and explains. */
export async function saveWeeklyHours(rules: WeeklyHours): Promise<ActionState> {
  try {
    await vendorCall("/vendor/schedule/weekly", "PUT", { rules })
  } catch (error) {
    return { error: errorMessage(error) }
  }
  return { ok: true, message: "Your weekly hours are saved." }
}

const number = (form: FormData, name: string, scale = 1) => Math.round(Number(form.get(name) || 0) * scale)

export async function saveSchedulingSettings(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await vendorCall("/vendor/schedule/settings", "POST", {
      buffer_before_minutes: number(form, "buffer_before_minutes"),
      buffer_after_minutes: number(form, "buffer_after_minutes"),
      minimum_notice_minutes: number(form, "minimum_notice_hours", 60),
      maximum_advance_days: number(form, "maximum_advance_days"),
      slot_step_minutes: number(form, "slot_step_minutes"),
    })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  return { ok: true, message: "Your booking settings are saved." }
}

/** Other hours on one date, or the whole day off. */
export async function setDateOverride(_: ActionState, form: FormData): Promise<ActionState> {
  const date = String(form.get("date") ?? "")
  const closed = form.get("closed") === "on"
  const intervals = closed ? [] : [{ start: String(form.get("start") ?? ""), end: apiEnd(String(form.get("end") ?? "")) }]
  if (!date) return failure(form, "Choose the date.")
  if (!closed && intervals[0].start >= intervals[0].end) return failure(form, "The hours must end after they start, or tick the day off.")
  try {
    await vendorCall("/vendor/schedule/overrides", "POST", { date, intervals })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  return { ok: true, message: closed ? `${date} is a day off.` : `Your hours on ${date} are saved.` }
}

/** Deletes through the vendor API; something already gone (another tab, a double click) counts as done. */
async function removeThrough(path: string): Promise<ActionState> {
  try {
    await vendorCall(path, "DELETE", undefined, false)
  } catch (error) {
    if (statusOf(error) !== 404) return { error: errorMessage(error) }
  }
  revalidatePath("/practice", "layout")
  return { ok: true }
}

export async function removeDateOverride(_: ActionState, form: FormData): Promise<ActionState> {
  return removeThrough(`/vendor/schedule/overrides/${encodeURIComponent(String(form.get("date") ?? ""))}`)
}

/** Whole days away, from the first to the last day inclusive, in the practitioner's own zone. */
export async function addTimeOff(_: ActionState, form: FormData): Promise<ActionState> {
  const first = String(form.get("first_day") ?? "")
  const last = String(form.get("last_day") ?? "") || first
  if (!first) return failure(form, "Choose the first day you are away.")
  if (last < first) return failure(form, "The last day cannot come before the first.")
  const me = await retrieveOwnPractitioner()
  if (!me) return failure(form, "Log in to the portal again.")
  try {
    await vendorCall("/vendor/schedule/time-off", "POST", {
      starts_at: zonedInstant(first, "00:00", me.timezone).toISOString(),
      ends_at: zonedInstant(nextDate(last), "00:00", me.timezone).toISOString(),
      ...(form.get("reason") ? { reason: String(form.get("reason")) } : {}),
    })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  return { ok: true, message: first === last ? `You are away on ${first}.` : `You are away from ${first} to ${last}.` }
}

export async function removeTimeOff(_: ActionState, form: FormData): Promise<ActionState> {
  return removeThrough(`/vendor/schedule/time-off/${encodeURIComponent(String(form.get("id") ?? ""))}`)
}

/** What each portal booking action says once done. */
const BOOKING_ACTIONS = {
  complete: "Marked as completed.",
  "no-show": "Marked as a no-show.",
  cancel: "Cancelled; your client is refunded in full.",
} as const

/**
 * complete | no-show for a session that has started; cancel (with a reason,
 * refunding in full) for one to come. The list is not refreshed, so the card
 * stays to show what happened, with the booking's new status.
 */
export async function actOnBooking(_: ActionState, form: FormData): Promise<ActionState & { status?: string }> {
  const id = String(form.get("booking_id") ?? "")
  const action = String(form.get("action") ?? "")
  const reason = String(form.get("reason") ?? "").trim()
  if (!(action in BOOKING_ACTIONS)) return failure(form, "Choose completed, no-show or cancel.")
  if (action === "cancel" && !reason) return failure(form, "Tell your client why; they read it in their email.")
  let status: string
  try {
    const answer = await vendorCall<{ booking: { status: string } }>(
      `/vendor/bookings/${encodeURIComponent(id)}/${action}`,
      "POST",
      action === "cancel" ? { reason } : {},
      false
    )
    status = answer.booking.status
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  return { ok: true, status, message: BOOKING_ACTIONS[action as keyof typeof BOOKING_ACTIONS] }
}
