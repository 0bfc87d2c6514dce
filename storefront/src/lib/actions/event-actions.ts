"use server"

import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import { getOrCreateCart } from "../data/cart"
import { ActionState, errorMessage } from "../util/errors"
import { heldMessage } from "../util/hold-text"

/**
 * Holds a seat per attendee in the visitor's cart and adds the tickets beside
 * whatever else is there; with a waitlist offer's token, the seats it keeps.
 */
export async function addTickets(input: {
  variantId: string
  attendees: Array<{ name: string; email?: string }>
  waitlistToken?: string
}): Promise<ActionState> {
  let held: { seat_hold: { expires_at: string } }
  let answeredAt: number
  try {
    const cart = await getOrCreateCart()
    held = await sdk.client.fetch(`/store/carts/${cart.id}/tickets`, {
      method: "POST",
      headers: await customerHeaders(),
      body: {
        variant_id: input.variantId,
        attendees: input.attendees.map(({ name, email }) => ({ name, ...(email ? { email } : {}) })),
        ...(input.waitlistToken ? { waitlist_token: input.waitlistToken } : {}),
      },
    })
    answeredAt = Date.now()
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/", "layout")
  return { ok: true, message: heldMessage(held.seat_hold?.expires_at, answeredAt, "these seats") }
}

/** Joins a sold-out date's waitlist; a signed-in shopper's own email is used when none is typed. */
export async function joinWaitlist(input: { dateId: string; email?: string; quantity: number }): Promise<ActionState> {
  try {
    const { waitlist_entry } = await sdk.client.fetch<{ waitlist_entry: { place: number | null; email: string } }>(
      `/store/event-dates/${encodeURIComponent(input.dateId)}/waitlist`,
      {
        method: "POST",
        headers: await customerHeaders(),
        body: { quantity: input.quantity, ...(input.email ? { email: input.email } : {}) },
      }
    )
    const place = waitlist_entry.place ? `You are number ${waitlist_entry.place} in line. ` : ""
    return { ok: true, message: `${place}When seats free up we email ${waitlist_entry.email} a link that keeps them for you.` }
  } catch (error) {
    return { error: errorMessage(error) }
  }
}

/** Without confirm: what cancelling this ticket would refund now. With confirm: cancel it and refund that ticket alone. */
export async function cancelMyTicket(ticketId: string, confirm: boolean) {
  try {
    const answer = await sdk.client.fetch<{
      cancelled: boolean
      refund: { percent: number; amount: number; currency_code: string | null }
    }>(`/store/tickets/${encodeURIComponent(ticketId)}/cancel`, { method: "POST", headers: await customerHeaders(), body: { confirm } })
    if (confirm) revalidatePath("/account/tickets")
    return { ...answer, error: undefined as string | undefined }
  } catch (error) {
    return { cancelled: false, refund: null, error: errorMessage(error) }
  }
}
