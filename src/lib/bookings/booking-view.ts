type Query = { graph: (config: object) => Promise<{ data: any[] }> }

/** The records of one entity with the given ids, by id: one query whatever the number of ids. */
async function recordsById(query: Query, entity: string, fields: string[], ids: Array<string | null | undefined>) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  const { data } = wanted.length ? await query.graph({ entity, fields, filters: { id: wanted } }) : { data: [] }
  return new Map<string, any>(data.map((record) => [record.id, record]))
}

/** Bookings with their practitioner's name and zone attached, for staff and portal lists. */
export async function withPractitioners<T extends { practitioner_id: string }>(query: Query, bookings: T[]) {
  const practitioners = await recordsById(query, "practitioner", ["id", "handle", "display_name", "timezone"], bookings.map((b) => b.practitioner_id))
  return bookings.map((b) => ({ ...b, practitioner: practitioners.get(b.practitioner_id) ?? null }))
}

const VARIANT_FIELDS = ["id", "title", "product.id", "product.title"]

/**
 * What each audience sees about a booking's customer and order: staff see
 * everything; a practitioner sees their client's name but not their email
 * and nothing of the order; the shopper sees their order's number and currency.
 */
const AUDIENCE_FIELDS = {
  staff: { customer: ["id", "email", "first_name", "last_name"], order: ["id", "display_id", "email", "currency_code"] },
  practitioner: { customer: ["id", "first_name", "last_name"], order: null },
  shopper: { customer: null, order: ["id", "display_id", "currency_code"] },
} as const

type Audience = keyof typeof AUDIENCE_FIELDS

/**
 * Bookings with what their audience needs to recognise them: who booked,
 * what (the variant and its product) and the order. One query per entity,
 * however many bookings.
 */
export async function withDetailsFor<T extends { customer_id: string | null; variant_id: string; order_id: string | null }>(
  audience: Audience,
  query: Query,
  bookings: T[]
) {
  const fields = AUDIENCE_FIELDS[audience]
  const none = Promise.resolve(new Map<string, any>())
  const [customers, variants, orders] = await Promise.all([
    fields.customer ? recordsById(query, "customer", [...fields.customer], bookings.map((b) => b.customer_id)) : none,
    recordsById(query, "product_variant", VARIANT_FIELDS, bookings.map((b) => b.variant_id)),
    fields.order ? recordsById(query, "order", [...fields.order], bookings.map((b) => b.order_id)) : none,
  ])
  return bookings.map((b) => ({
    ...b,
    ...(fields.customer ? { customer: (b.customer_id && customers.get(b.customer_id)) || null } : {}),
    variant: variants.get(b.variant_id) ?? null,
    ...(fields.order ? { order: (b.order_id && orders.get(b.order_id)) || null } : {}),
  }))
}
