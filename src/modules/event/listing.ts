import type { EventFormat, EventKind } from "./values"

/**
 * An upcoming event as a list shows it (GET /store/events), declared once for
 * the query that reads it and the storefront that shows it (this file imports
 * only types, so a browser bundle can take it too).
 */
export type ListedEventDate = { id: string; starts_at: string; ends_at: string; capacity: number; seats_left: number }

export type ListedEvent = {
  id: string
  title: string
  handle: string
  kind: EventKind
  format: EventFormat
  city: string | null
  venue_name: string | null
  timezone: string
  images: string[]
  product_id: string | null
  host: { handle: string; display_name: string } | null
  distance_km: number | null
  dates: ListedEventDate[]
}
