import "server-only"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"

export type PublicPractitioner = {
  id: string
  handle: string
  display_name: string
  kind: "healer" | "prophet" | "medium" | "counsellor"
  specialties: string[]
  bio: string
  languages: string[]
  years_of_experience: number
  avatar_url: string | null
  city: string | null
  country_code: string | null
  meeting_modes: Array<"in_person" | "online">
  timezone: string
  verified: boolean
  rating_average: number
  rating_count: number
  distance_km?: number | null
  from_price?: { amount: number; currency_code: string } | null
}

export type Offering = {
  id: string
  title: string
  handle: string
  description: string | null
  variants: Array<{
    id: string
    title: string
    metadata: { duration_minutes?: number } | null
    prices: Array<{ amount: number; currency_code: string }>
  }>
}

export type PractitionerProfile = PublicPractitioner & {
  offerings: Offering[]
  /** Crystals, books and tools they sell. */
  products: Array<{ id: string; title: string; handle: string; thumbnail: string | null }>
  /** Published reviews of them: the distribution keyed "1" to "5". */
  rating: { average: number; count: number; distribution: Record<string, number> }
}

export type DirectoryQuery = {
  kind?: string
  specialty?: string
  language?: string
  meeting_mode?: string
  min_rating?: number
  near?: string
  radius_km?: number
  currency_code?: string
  sort?: string
  limit: number
  offset: number
}

export async function listPractitioners(query: DirectoryQuery) {
  return sdk.client.fetch<{ practitioners: PublicPractitioner[]; count: number }>("/store/practitioners", {
    query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
  })
}

/** A listed practitioner's profile, or null when no practitioner is listed under the handle. */
export async function getPractitioner(handle: string): Promise<PractitionerProfile | null> {
  return orNull(
    async () =>
      (await sdk.client.fetch<{ practitioner: PractitionerProfile }>(`/store/practitioners/${encodeURIComponent(handle)}`)).practitioner
  )
}

export const KIND_LABELS: Record<PublicPractitioner["kind"], string> = {
  healer: "Healers",
  prophet: "Prophets",
  medium: "Mediums",
  counsellor: "Counsellors",
}
