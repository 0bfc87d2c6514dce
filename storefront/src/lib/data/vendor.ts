import "server-only"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"

export type OwnPractitioner = {
  id: string
  handle: string
  display_name: string
  email: string
  kind: string
  specialties: string[]
  bio: string
  languages: string[]
  years_of_experience: number
  avatar_url: string | null
  city: string | null
  country_code: string | null
  meeting_modes: Array<"in_person" | "online">
  timezone: string
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
  verified: boolean
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
