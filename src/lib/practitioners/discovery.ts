/**
 * What a shopper can ask the practitioner directory, already validated.
 * Distances are great-circle kilometres on a sphere of radius 6371 km.
 */
export type DiscoveryFilters = {
  kind?: string
  specialty?: string
  language?: string
  meeting_mode?: string
  min_rating?: number
  q?: string
  near?: { lat: number; lng: number }
  radius_km?: number
  /** Prices are compared and returned in this currency (lower case ISO 4217). */
  currency_code?: string
  /** Keep practitioners with at least one offering priced in [min_price, max_price]. */
  min_price?: number
  max_price?: number
  /** Keep practitioners with a free slot inside one of these stretches (see free-when.ts). */
  free?: Array<{ from: Date; to: Date }>
  /** The clock the free slots are read against (a slot whose notice has passed is gone). */
  now?: Date
  sort: DirectorySort
  limit: number
  offset: number
}

export const DIRECTORY_SORTS = ["rating", "distance", "price", "price_desc", "newest", "next_available"] as const
export type DirectorySort = (typeof DIRECTORY_SORTS)[number]

export const EARTH_RADIUS_KM = 6371

/** Great-circle distance (haversine), the same formula the SQL uses. */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }) {
  const rad = (deg: number) => (deg * Math.PI) / 180
  const dLat = rad(b.lat - a.lat)
  const dLng = rad(b.lng - a.lng)
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)))
}

/** "lat,lng" → coordinates, or undefined when it is not a valid point. */
export function parseNear(value: string): { lat: number; lng: number } | undefined {
  const match = /^\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*$/.exec(value)
  if (!match) return undefined
  const [lat, lng] = [Number(match[1]), Number(match[2])]
  return Math.abs(lat) <= 90 && Math.abs(lng) <= 180 ? { lat, lng } : undefined
}
