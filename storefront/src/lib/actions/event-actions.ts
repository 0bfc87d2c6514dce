"use server"

import { revalidatePath } from "next/cache"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import { getOrCreateCart } from "../data/cart"
import { ActionState, errorMessage } from "../util/errors"
import { heldMessage } from "../util/hold-text"

/** Holds a seat per attendee in the visitor's cart and adds the tickets beside whatever else is there. */
export async function addTickets(input: { variantId: string; attendees: Array<{ name: string; email?: string }> }): Promise<ActionState> {
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
      },
    })
    answeredAt = Date.now()
  } catch (error) {
    return { error: errorMessage(error) }
  }
  revalidatePath("/", "layout")
  return { ok: true, message: heldMessage(held.seat_hold?.expires_at, answeredAt, "these seats") }
}
