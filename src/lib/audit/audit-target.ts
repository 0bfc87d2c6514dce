/**
 * What a write through the API was about, read from its path or, for a
 * record it created, from its answer.
 */
export type AuditTarget = { type: string; id: string }

/**
 * Path segments naming a collection, and the record type (the name Medusa's
 * query knows it by) of one of its members. A segment not listed names its
 * members by its singular.
 */
const MEMBER_TYPES: Record<string, string> = {
  variants: "product_variant",
  collections: "product_collection",
  categories: "product_category",
  "product-categories": "product_category",
  "product-types": "product_type",
  "product-tags": "product_tag",
  "inventory-items": "inventory_item",
  reservations: "reservation_item",
  claims: "order_claim",
  exchanges: "order_exchange",
  dates: "event_date",
  "ticket-types": "event_ticket_type",
  tickets: "event_ticket",
  "time-off": "availability_time_off",
  addresses: "customer_address",
}

/** Medusa's ids and ours: a lower-case prefix, an underscore, a ULID. */
const RECORD_ID = /^[a-z][a-z0-9]*_[0-9A-Za-z]{20,40}$/

const singular = (segment: string) => {
  const word = segment.replace(/-/g, "_")
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`
  if (word.endsWith("sses")) return word.slice(0, -2)
  return word.endsWith("s") ? word.slice(0, -1) : word
}

/** The type of a member of the collection `segment` names. */
export const memberType = (segment: string) => MEMBER_TYPES[segment] ?? singular(segment)

/**
 * The record a path acts on: the deepest "<collection>/<id>" pair in it
 * ("/admin/products/prod_1/variants/variant_2/…" → the variant). A
 * practitioner's own profile ("/vendor/me…") is `self`. None when the path
 * names no record (a create, or an action on many).
 */
export function targetOfPath(path: string): AuditTarget | "self" | null {
  const segments = path.split("?")[0].split("/").filter(Boolean)
  if (segments[0] === "vendor" && segments[1] === "me") return "self"
  for (let i = segments.length - 1; i > 1; i--) {
    if (RECORD_ID.test(segments[i])) return { type: memberType(segments[i - 1]), id: segments[i] }
  }
  return null
}

/** The record an answer carries, as Medusa's routes give it: `{ "<type>": { "id": … } }`. */
export function targetOfAnswer(body: unknown): AuditTarget | null {
  if (!body || typeof body !== "object" || Array.isArray(body)) return null
  for (const [key, value] of Object.entries(body)) {
    if (value && typeof value === "object" && typeof (value as { id?: unknown }).id === "string") {
      return { type: key, id: (value as { id: string }).id }
    }
  }
  return null
}
