"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import { forgetCart, retrieveCart } from "../data/cart"
import { AddressFields } from "../util/address"
import { ActionState, errorMessage, failure } from "../util/errors"

const EXPIRED = "Your session expired and the cart is gone. Please add the items again."

const Contact = z.object({
  email: z.string().trim().email("Enter an email address like name@example.com."),
  ...AddressFields,
})

/** Step 1: who the order is for and where it goes (also the billing address). */
export async function saveContact(_: ActionState, form: FormData): Promise<ActionState> {
  const input = Contact.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  const cart = await retrieveCart()
  if (!cart) return failure(form, EXPIRED)
  const { email, ...address } = input.data
  try {
    await sdk.store.cart.update(
      cart.id,
      { email, shipping_address: address, billing_address: address },
      { fields: "id" },
      await customerHeaders()
    )
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/checkout")
  redirect("/checkout")
}

/** Step 2: the delivery method. */
export async function chooseShipping(_: ActionState, form: FormData): Promise<ActionState> {
  const optionId = String(form.get("option_id") ?? "")
  if (!optionId) return failure(form, "Choose how you want it delivered.")
  const cart = await retrieveCart()
  if (!cart) return failure(form, EXPIRED)
  try {
    await sdk.store.cart.addShippingMethod(cart.id, { option_id: optionId }, { fields: "id" }, await customerHeaders())
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/checkout")
  redirect("/checkout")
}

/**
 * Step 3 with the system provider: open a payment session and place the
 * order. (With Stripe, the Payment Element confirms the payment in the
 * browser first and then calls completeCart.)
 */
export async function payAndPlaceOrder(_: ActionState, form: FormData): Promise<ActionState> {
  const providerId = String(form.get("provider_id") ?? "")
  if (!providerId) return failure(form, "Choose how you want to pay.")
  const cart = await retrieveCart()
  if (!cart) return failure(form, EXPIRED)
  try {
    await sdk.store.payment.initiatePaymentSession(cart, { provider_id: providerId }, {}, await customerHeaders())
  } catch (error) {
    return failure(form, `The payment could not be started: ${errorMessage(error)}`)
  }
  return completeCart()
}

/** Places the order for the cart whose payment is ready, then shows the confirmation. */
export async function completeCart(): Promise<ActionState> {
  const cart = await retrieveCart()
  if (!cart) return { error: EXPIRED }
  let orderId: string
  try {
    const result = await sdk.store.cart.complete(cart.id, {}, await customerHeaders())
    if (result.type !== "order") {
      return { error: `The payment did not go through: ${result.error?.message ?? "please try another way to pay"}.` }
    }
    orderId = result.order.id
  } catch (error) {
    return { error: `The order could not be placed: ${errorMessage(error)}` }
  }
  await forgetCart()
  revalidatePath("/", "layout")
  redirect(`/order/${orderId}/confirmed`)
}

/** Payment session data (Stripe's client secret) for the cart, opened if needed. */
export async function openStripeSession(): Promise<{ clientSecret?: string; error?: string }> {
  const cart = await retrieveCart()
  if (!cart) return { error: EXPIRED }
  try {
    const { payment_collection } = await sdk.store.payment.initiatePaymentSession(
      cart,
      { provider_id: "pp_stripe_stripe" },
      {},
      await customerHeaders()
    )
    const session = payment_collection.payment_sessions?.find((s) => s.provider_id === "pp_stripe_stripe")
    return { clientSecret: (session?.data as { client_secret?: string })?.client_secret }
  } catch (error) {
    return { error: errorMessage(error) }
  }
}
