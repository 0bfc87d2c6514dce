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

/** A free stretch of a practitioner's time. */
export type FreeSlot = { starts_at: string; ends_at: string }

/** A practitioner as the directory lists them: with their next free slot (within the shopper's times when asked), null when none in the next 2 weeks. */
export type DirectoryPractitioner = PublicPractitioner & { next_available: FreeSlot | null }

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
  /** "Free when I am": both times of day ("18:00", with available_days) or both local date-times ("2026-12-05T00:00"). */
  available_from?: string
  available_to?: string
  /** mon,tue,… or weekdays or weekends. */
  available_days?: string
  /** The shopper's IANA zone: the clock their times are on. */
  tz?: string
  limit: number
  offset: number
}

/** A page of the directory; free times change with every booking, so never cached. */
export async function listPractitioners(query: DirectoryQuery) {
  return sdk.client.fetch<{ practitioners: DirectoryPractitioner[]; count: number }>("/store/practitioners", {
    query: Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined && v !== "")),
    cache: "no-store",
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
