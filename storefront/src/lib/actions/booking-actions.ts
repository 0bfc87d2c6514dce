"use server"

import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import { getOrCreateCart } from "../data/cart"
import { listMoveSlots, listSlots, Slot } from "../data/bookings"
import { ActionState, errorMessage } from "../util/errors"
import { heldMessage } from "../util/hold-text"

type SlotsOrProblem = { slots: Slot[]; error?: string }

/** The times, or none and the backend's words for why (never cached: they change with every booking). */
async function slotsOrProblem(request: Promise<{ slots: Slot[] }>): Promise<SlotsOrProblem> {
  try {
    return { slots: (await request).slots }
  } catch (error) {
    return { slots: [], error: errorMessage(error) }
  }
}

/** Free times for the slot picker. */
export async function loadSlots(handle: string, variantId: string, timeZone: string): Promise<SlotsOrProblem> {
  return slotsOrProblem(listSlots(handle, variantId, timeZone))
}

/** Times one's own session can move to, in its zone; or why it cannot move now. */
export async function loadMoveSlots(bookingId: string): Promise<SlotsOrProblem> {
  return slotsOrProblem(listMoveSlots(bookingId))
}

/** Holds the chosen time in the visitor's cart and adds the session beside whatever else is there. */
export async function bookSession(input: { variantId: string; startsAt: string; timeZone: string; notes?: string }): Promise<ActionState> {
  let held: { booking: { hold_expires_at: string | null } }
  let answeredAt: number
  try {
    const cart = await getOrCreateCart()
    held = await sdk.client.fetch(`/store/carts/${cart.id}/bookings`, {
      method: "POST",
      headers: await customerHeaders(),
      body: {
        variant_id: input.variantId,
        starts_at: input.startsAt,
        timezone: input.timeZone,
        ...(input.notes ? { notes: input.notes } : {}),
      },
    })
    answeredAt = Date.now()
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/", "layout")
  // The backend sets the hold's length (BOOKING_HOLD_MINUTES); its expiry says how long is left.
  return { ok: true, message: heldMessage(held.booking?.hold_expires_at, answeredAt) }
}

/** Without confirm: what cancelling would refund now. With confirm: cancel and refund. */
export async function cancelMyBooking(bookingId: string, confirm: boolean) {
  try {
    const answer = await sdk.client.fetch<{
      cancelled: boolean
      refund: { percent: number; amount: number; currency_code: string | null }
    }>(`/store/bookings/${encodeURIComponent(bookingId)}/cancel`, { method: "POST", headers: await customerHeaders(), body: { confirm } })
    if (confirm) revalidatePath("/account/sessions")
    return { ...answer, error: undefined as string | undefined }
  } catch (error) {
    return { cancelled: false, refund: null, error: errorMessage(error) }
  }
}

/** Moves one's own session to another free time; the policy may refuse (too late, moved too often). */
export async function rescheduleMyBooking(bookingId: string, startsAt: string): Promise<ActionState> {
  try {
    await sdk.client.fetch(`/store/bookings/${encodeURIComponent(bookingId)}/reschedule`, {
      method: "POST",
      headers: await customerHeaders(),
      body: { starts_at: startsAt },
    })
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/account/sessions")
  return { ok: true, message: "Your session is moved." }
}
