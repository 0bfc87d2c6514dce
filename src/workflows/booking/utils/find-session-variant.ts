import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import { SessionVariant, sessionMinutes } from "../../../lib/bookings/session-variant"

type Container = { resolve: <T = any>(key: string) => T }

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

type Cache = { get: <T>(key: string) => Promise<T | null>; set: (key: string, value: unknown, ttl?: number) => Promise<void> }
type Query = { graph: (config: object) => Promise<{ data: any[] }> }

/** Seconds a read-only page (the slot list) may reuse a variant's lookup; writes never do. */
export const SESSION_LOOKUP_TTL_SECONDS = 30

/**
 * findSessionVariant through the cache module, for reads that may be a few
 * seconds stale (a suspension hides slots within SESSION_LOOKUP_TTL_SECONDS;
 * holding a slot always looks the variant up afresh).
 */
export async function findSessionVariantCached(container: Container, variantId: string) {
  const cache = container.resolve<Cache>(Modules.CACHE)
  const key = `avenrae:session-variant:${variantId}`
  const cached = await cache.get<SessionVariant>(key)
  if (cached) return cached
  const session = await findSessionVariant(container, variantId)
  await cache.set(key, session, SESSION_LOOKUP_TTL_SECONDS)
  return session
}

/**
 * The session behind a variant id, with its approved practitioner; a clear
 * error when the variant is not something one can book.
 */
export async function findSessionVariant(container: Container, variantId: string): Promise<SessionVariant> {
  const { data } = await container.resolve<Query>(ContainerRegistrationKeys.QUERY).graph({
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
