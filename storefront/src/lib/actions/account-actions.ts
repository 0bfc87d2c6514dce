"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { sdk } from "../config"
import { customerHeaders, readCookie, removeCookie, writeCookie } from "../cookies"
import { AddressFields } from "../util/address"
import { ActionState, errorMessage, failure, statusOf } from "../util/errors"

const Login = z.object({
  email: z.string().trim().email("Enter the email address you registered with."),
  password: z.string().min(1, "Enter your password."),
})

const Register = Login.extend({
  password: z.string().min(8, "Choose a password of at least 8 characters."),
  first_name: z.string().trim().min(1, "Enter your first name."),
  last_name: z.string().trim().min(1, "Enter your last name."),
})

export async function login(_: ActionState, form: FormData): Promise<ActionState> {
  const input = Login.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  try {
    await signIn(input.data.email, input.data.password)
  } catch (error) {
    return failure(form, statusOf(error) === 401 ? "That email and password do not match an account." : errorMessage(error))
  }
  redirect(safeReturn(form.get("return_to")))
}

export async function register(_: ActionState, form: FormData): Promise<ActionState> {
  const input = Register.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  const { email, password, first_name, last_name } = input.data
  try {
    const token = await sdk.auth.register("customer", "emailpass", { email, password })
    await sdk.store.customer.create({ email, first_name, last_name }, {}, { authorization: `Bearer ${token}` })
    await signIn(email, password)
  } catch (error) {
    const message = errorMessage(error)
    return failure(form, /exists/i.test(message) ? "An account with this email already exists. Log in instead." : message)
  }
  redirect(safeReturn(form.get("return_to")))
}

export async function logout() {
  await removeCookie("customer")
  await removeCookie("cart")
  revalidatePath("/", "layout")
  redirect("/")
}

const Profile = z.object({
  first_name: z.string().trim().min(1, "Enter your first name."),
  last_name: z.string().trim().min(1, "Enter your last name."),
  phone: z.string().trim().max(30).optional(),
})

export async function updateProfile(_: ActionState, form: FormData): Promise<ActionState> {
  const input = Profile.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  try {
    await sdk.store.customer.update(input.data, {}, await customerHeaders())
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/account")
  return { ok: true, message: "Saved." }
}

const Address = z.object(AddressFields)

export async function addAddress(_: ActionState, form: FormData): Promise<ActionState> {
  const input = Address.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  try {
    await sdk.store.customer.createAddress(input.data, {}, await customerHeaders())
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/account/addresses")
  return { ok: true, message: "Address added." }
}

export async function deleteAddress(form: FormData) {
  const id = String(form.get("address_id") ?? "")
  if (!id) return
  await sdk.store.customer.deleteAddress(id, await customerHeaders())
  revalidatePath("/account/addresses")
}

/** Logs in, keeps the token in an httpOnly cookie and gives the open cart to the customer. */
async function signIn(email: string, password: string) {
  const token = await sdk.auth.login("customer", "emailpass", { email, password })
  if (typeof token !== "string") throw new Error("This login needs another step that the shop does not support.")
  await writeCookie("customer", token)
  const cartId = await readCookie("cart")
  if (cartId) {
    await sdk.store.cart.transferCart(cartId, {}, { authorization: `Bearer ${token}` }).catch(() => undefined)
  }
  revalidatePath("/", "layout")
}

/** Only same-site paths, so a crafted link cannot send a shopper elsewhere after login. */
function safeReturn(value: FormDataEntryValue | null) {
  const path = typeof value === "string" ? value : ""
  return path.startsWith("/") && !path.startsWith("//") ? path : "/account"
}
