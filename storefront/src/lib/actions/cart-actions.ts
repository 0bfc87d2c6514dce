"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { sdk } from "../config"
import { customerHeaders, writeCookie } from "../cookies"
import { CART_FIELDS, getOrCreateCart, retrieveCart } from "../data/cart"
import { ActionState, errorMessage, failure } from "../util/errors"

const AddToCart = z.object({
  variant_id: z.string().min(1, "Choose an option first."),
  quantity: z.coerce.number().int().min(1, "Add at least one.").max(20, "You can add at most 20 at a time."),
})

/** Adds a variant to the visitor's cart; answers in words when it cannot (sold out, say). */
export async function addToCart(_: ActionState, form: FormData): Promise<ActionState> {
  const input = AddToCart.safeParse({ variant_id: form.get("variant_id"), quantity: form.get("quantity") ?? 1 })
  if (!input.success) return failure(form, input.error.issues[0].message)
  try {
    const cart = await getOrCreateCart()
    await sdk.store.cart.createLineItem(cart.id, input.data, { fields: "id" }, await customerHeaders())
  } catch (error) {
    return failure(form, soldOutInWords(errorMessage(error)))
  }
  revalidatePath("/", "layout")
  return { ok: true, message: "Added to your cart." }
}

const UpdateLine = z.object({
  line_id: z.string().min(1),
  quantity: z.coerce.number().int().min(0).max(20, "You can have at most 20 of one item."),
})

/** Sets a line's quantity (0 removes it). */
export async function updateLineItem(_: ActionState, form: FormData): Promise<ActionState> {
  const input = UpdateLine.safeParse({ line_id: form.get("line_id"), quantity: form.get("quantity") })
  if (!input.success) return failure(form, input.error.issues[0].message)
  const cart = await retrieveCart()
  if (!cart) return failure(form, "Your cart has expired. Please add the items again.")
  const { line_id, quantity } = input.data
  try {
    if (quantity === 0) await sdk.store.cart.deleteLineItem(cart.id, line_id, {}, await customerHeaders())
    else await sdk.store.cart.updateLineItem(cart.id, line_id, { quantity }, { fields: "id" }, await customerHeaders())
  } catch (error) {
    return failure(form, soldOutInWords(errorMessage(error)))
  }
  revalidatePath("/", "layout")
  return { ok: true }
}

export async function removeLineItem(form: FormData) {
  const cart = await retrieveCart()
  const lineId = String(form.get("line_id") ?? "")
  if (!cart || !lineId) return
  await sdk.store.cart.deleteLineItem(cart.id, lineId, {}, await customerHeaders())
  revalidatePath("/", "layout")
}

/** Moves the visitor (and their cart, repriced) to another region. */
export async function chooseRegion(form: FormData) {
  const regionId = String(form.get("region_id") ?? "")
  if (!regionId.startsWith("reg_")) return
  await writeCookie("region", regionId, 60 * 60 * 24 * 365)
  const cart = await retrieveCart()
  if (cart && cart.region_id !== regionId) {
    await sdk.store.cart.update(cart.id, { region_id: regionId }, { fields: CART_FIELDS }, await customerHeaders())
  }
  revalidatePath("/", "layout")
}

function soldOutInWords(message: string) {
  return /inventory|stock/i.test(message) ? "Sorry, there is not enough of this in stock for that quantity." : message
}
