type EventRecord = {
  id: string
  title: string
  handle: string
  description: string | null
  kind: string
  format: string
  venue_name: string | null
  venue_address: string | null
  city: string | null
  timezone: string
  product_id: string | null
}

/** What every view of an event shows: what it is, where, on whose clock, and the product that sells its tickets. */
export function eventDetails(event: EventRecord) {
  const { id, title, handle, description, kind, format, venue_name, venue_address, city, timezone, product_id } = event
  return { id, title, handle, description, kind, format, venue_name, venue_address, city, timezone, product_id }
}
