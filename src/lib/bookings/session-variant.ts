/** A bookable variant: a duration of a practitioner's published session offering. */
export type SessionVariant = {
  variant_id: string
  product_id: string
  title: string
  duration_minutes: number
  practitioner: {
    id: string
    handle: string
    display_name: string
    email: string
    timezone: string
    status: string
    meeting_modes: string[]
    service_address: string | null
  }
}

/** The duration of a session variant, or undefined for anything else (a crystal, a ticket). */
export function sessionMinutes(variant: { metadata?: Record<string, unknown> | null }) {
  const minutes = Number(variant.metadata?.duration_minutes)
  return Number.isInteger(minutes) && minutes > 0 ? minutes : undefined
}
