/** Fields a shopper may see; staff-only ones (email, commission, reasons) stay out. */
export const PUBLIC_FIELDS = [
  "id",
  "handle",
  "display_name",
  "kind",
  "specialties",
  "bio",
  "languages",
  "years_of_experience",
  "certifications",
  "avatar_url",
  "city",
  "country_code",
  "latitude",
  "longitude",
  "meeting_modes",
  "timezone",
  "verified",
  "created_at",
] as const

/** The rating a listing shows, read from the review aggregates (never stored on the practitioner). */
export const RATING_FIELDS = ["rating_average", "rating_count"] as const

export function toPublicPractitioner<T extends Record<string, unknown>>(row: T) {
  const visible: Record<string, unknown> = {}
  for (const field of PUBLIC_FIELDS) visible[field] = row[field]
  for (const field of RATING_FIELDS) if (field in row) visible[field] = row[field]
  if ("distance_km" in row) visible.distance_km = row.distance_km
  if ("from_price" in row) visible.from_price = row.from_price
  if ("next_available" in row) visible.next_available = row.next_available
  return visible
}
