import "server-only"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"
import type { PublicPractitioner } from "./practitioners"

/** What a practitioner sees of themselves: the public profile plus email and status. */
export type OwnPractitioner = Omit<PublicPractitioner, "distance_km" | "from_price"> & {
  email: string
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
}

export type OwnProduct = {
  id: string
  title: string
  handle: string
  status: string
  description: string | null
  variants: Array<{ id: string; title: string; prices: Array<{ amount: number; currency_code: string }> }>
}

/** The logged-in practitioner (any status), or null when nobody is logged in to the portal. */
export async function retrieveOwnPractitioner(): Promise<OwnPractitioner | null> {
  const headers = await practitionerHeaders()
  if (!headers.authorization) return null
  try {
    const { practitioner } = await sdk.client.fetch<{ practitioner: OwnPractitioner }>("/vendor/me", { headers })
    return practitioner
  } catch {
    return null
  }
}

export async function listOwnProducts(): Promise<OwnProduct[]> {
  const { products } = await sdk.client.fetch<{ products: OwnProduct[] }>("/vendor/products", {
    headers: await practitionerHeaders(),
  })
  return products
}
