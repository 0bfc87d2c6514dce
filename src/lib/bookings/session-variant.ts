import { MedusaError } from "@medusajs/framework/utils"

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

type Query = { graph: (config: object) => Promise<{ data: any[] }> }

export const SESSION_VARIANT_FIELDS = [
  "id",
  "title",
  "metadata",
  "product.id",
  "product.title",
  "product.status",
  "product.metadata",
  "product.practitioner.id",
  "product.practitioner.handle",
  "product.practitioner.display_name",
  "product.practitioner.email",
  "product.practitioner.timezone",
  "product.practitioner.status",
  "product.practitioner.meeting_modes",
  "product.practitioner.service_address",
]

/** The duration of a session variant, or undefined for anything else (a crystal, a ticket). */
export function sessionMinutes(variant: { metadata?: Record<string, unknown> | null }) {
  const minutes = Number(variant.metadata?.duration_minutes)
  return Number.isInteger(minutes) && minutes > 0 ? minutes : undefined
}

type Cache = { get: <T>(key: string) => Promise<T | null>; set: (key: string, value: unknown, ttl?: number) => Promise<void> }

/** Seconds a read-only page (the slot list) may reuse a variant's lookup; writes never do. */
export const SESSION_LOOKUP_TTL_SECONDS = 30

/**
 * findSessionVariant through the cache module, for reads that may be a few
 * seconds stale (a suspension hides slots within SESSION_LOOKUP_TTL_SECONDS;
 * holding a slot always looks the variant up afresh).
 */
export async function findSessionVariantCached(query: Query, cache: Cache, variantId: string) {
  const key = `avenrae:session-variant:${variantId}`
  const cached = await cache.get<SessionVariant>(key)
  if (cached) return cached
  const session = await findSessionVariant(query, variantId)
  await cache.set(key, session, SESSION_LOOKUP_TTL_SECONDS)
  return session
}

/**
 * The session behind a variant id, with its approved practitioner; a clear
 * error when the variant is not something one can book.
 */
export async function findSessionVariant(query: Query, variantId: string): Promise<SessionVariant> {
  const { data } = await query.graph({
    entity: "product_variant",
    fields: SESSION_VARIANT_FIELDS,
    filters: { id: variantId },
  })
  const variant = data[0]
  if (!variant) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `There is no session variant with id ${variantId}.`)
  }
  const minutes = sessionMinutes(variant)
  const practitioner = variant.product?.practitioner
  if (!minutes || !practitioner) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${variant.product?.title ?? variantId} is not a session that can be booked; add it to the cart as a product.`
    )
  }
  if (practitioner.status !== "approved" || variant.product.status !== "published") {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `${variant.product.title} is not offered at the moment.`)
  }
  return {
    variant_id: variant.id,
    product_id: variant.product.id,
    title: `${variant.product.title} (${variant.title})`,
    duration_minutes: minutes,
    practitioner,
  }
}
