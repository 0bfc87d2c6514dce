import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"
import { customerHeaders, readCookie, removeCookie, writeCookie } from "../cookies"
import { getCurrentRegion } from "./regions"

const CART_FIELDS = [
  "id",
  "email",
  "currency_code",
  "region_id",
  "*region",
  "*region.countries",
  "*items",
  "*items.variant",
  "*items.product",
  "+items.thumbnail",
  "*shipping_address",
  "*billing_address",
  "*shipping_methods",
  "*payment_collection",
  "*payment_collection.payment_sessions",
  "subtotal",
  "item_subtotal",
  "tax_total",
  "shipping_total",
  "discount_total",
  "total",
].join(",")

/**
 * The visitor's open cart, or null (also when the cookie points at a finished
 * or unknown cart); an outage of the shop throws.
 */
export async function retrieveCart(): Promise<HttpTypes.StoreCart | null> {
  const id = await readCookie("cart")
  if (!id) return null
  const found = await orNull(async () => (await sdk.store.cart.retrieve(id, { fields: CART_FIELDS }, await customerHeaders())).cart)
  return found && !(found as HttpTypes.StoreCart & { completed_at?: string }).completed_at ? found : null
}

/** The open cart, creating one in the visitor's region (and for the logged-in customer) when needed. */
export async function getOrCreateCart(): Promise<HttpTypes.StoreCart> {
  const existing = await retrieveCart()
  if (existing) return existing
  const region = await getCurrentRegion()
  const { cart } = await sdk.store.cart.create({ region_id: region.id }, { fields: CART_FIELDS }, await customerHeaders())
  await writeCookie("cart", cart.id)
  return cart
}

export async function forgetCart() {
  await removeCookie("cart")
}

export { CART_FIELDS }

export async function listShippingOptions(cartId: string) {
  const { shipping_options } = await sdk.store.fulfillment.listCartOptions({ cart_id: cartId }, await customerHeaders())
  return shipping_options
}

export async function listPaymentProviders(regionId: string) {
  const { payment_providers } = await sdk.store.payment.listPaymentProviders({ region_id: regionId })
  return payment_providers
}
