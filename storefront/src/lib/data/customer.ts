import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"
import { redirect } from "next/navigation"
import { customerHeaders } from "../cookies"

/** The logged-in customer, or null when nobody is (or the login expired); an outage throws. */
export async function retrieveCustomer(): Promise<HttpTypes.StoreCustomer | null> {
  const headers = await customerHeaders()
  if (!headers.authorization) return null
  return orNull(async () => (await sdk.store.customer.retrieve({ fields: "*addresses" }, headers)).customer, SIGNED_OUT)
}

/** The answers that mean the login token is no longer good (expired, or its account gone). */
export const SIGNED_OUT = [401, 404]

export async function listOrders(page: number, pageSize = 10) {
  const { orders, count } = await sdk.store.order.list(
    {
      limit: pageSize,
      offset: (page - 1) * pageSize,
      order: "-created_at",
      fields: "id,display_id,created_at,status,total,currency_code,*items",
    },
    await customerHeaders()
  )
  return { orders, count }
}

const ORDER_FIELDS =
  "id,display_id,customer_id,email,created_at,status,payment_status,fulfillment_status,currency_code,subtotal,item_subtotal,tax_total,shipping_total,total,*items,*shipping_address,*shipping_methods"

/** One order, or null when there is none with that id; the id is the secret, as on Medusa's own order page. */
export async function retrieveOrder(id: string): Promise<HttpTypes.StoreOrder | null> {
  return orNull(async () => (await sdk.store.order.retrieve(id, { fields: ORDER_FIELDS }, await customerHeaders())).order)
}

/** The logged-in customer, or a redirect to the login page that comes back here. */
export async function requireCustomer(returnTo: string) {
  const customer = await retrieveCustomer()
  if (!customer) redirect(`/account/login?return_to=${encodeURIComponent(returnTo)}`)
  return customer
}
