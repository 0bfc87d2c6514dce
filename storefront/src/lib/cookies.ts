import "server-only"
import { cookies } from "next/headers"
import { TIME_ZONE_COOKIE } from "./util/time-zone"

/**
 * Everything the storefront remembers about a visitor lives in cookies: the
 * cart, the customer's and the practitioner's login tokens and the chosen
 * region in httpOnly ones only the server reads; the shopper's time zone in
 * one their browser writes (it is no secret; see RememberZone).
 */
const NAMES = {
  cart: "avenrae_cart",
  customer: "avenrae_customer_token",
  practitioner: "avenrae_practitioner_token",
  region: "avenrae_region",
  timezone: TIME_ZONE_COOKIE,
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
