import "server-only"
import { cookies } from "next/headers"

/**
 * Everything the storefront remembers about a visitor lives in httpOnly
 * cookies that only the server reads: the cart, the customer's and the
 * practitioner's login tokens, the chosen region, and the shopper's time
 * zone as their browser reported it.
 */
const NAMES = {
  cart: "avenrae_cart",
  customer: "avenrae_customer_token",
  practitioner: "avenrae_practitioner_token",
  region: "avenrae_region",
  timezone: "avenrae_timezone",
} as const
type CookieName = keyof typeof NAMES

const WEEK = 60 * 60 * 24 * 7

export async function readCookie(name: CookieName) {
  return (await cookies()).get(NAMES[name])?.value
}

export async function writeCookie(name: CookieName, value: string, maxAge = WEEK) {
  ;(await cookies()).set(NAMES[name], value, {
    httpOnly: true,
    sameSite: "lax",
    secure: (process.env.STOREFRONT_URL || "").startsWith("https://"),
    path: "/",
    maxAge,
  })
}

export async function removeCookie(name: CookieName) {
  ;(await cookies()).delete(NAMES[name])
}

/** Authorization header for the logged-in customer, if any. */
export async function customerHeaders(): Promise<Record<string, string>> {
  const token = await readCookie("customer")
  return token ? { authorization: `Bearer ${token}` } : {}
}

/** Authorization header for the logged-in practitioner, if any. */
export async function practitionerHeaders(): Promise<Record<string, string>> {
  const token = await readCookie("practitioner")
  return token ? { authorization: `Bearer ${token}` } : {}
}
