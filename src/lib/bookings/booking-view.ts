type Query = { graph: (config: object) => Promise<{ data: any[] }> }

/** The records of one entity with the given ids, by id: one query whatever the number of ids. */
async function recordsById(query: Query, entity: string, fields: string[], ids: Array<string | null | undefined>) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))]
  const { data } = wanted.length ? await query.graph({ entity, fields, filters: { id: wanted } }) : { data: [] }
  return new Map<string, any>(data.map((record) => [record.id, record]))
}

const VARIANT_FIELDS = ["id", "title", "product.id", "product.title"]
const PRACTITIONER_FIELDS = ["id", "handle", "display_name", "timezone"]

/**
 * What each audience sees about a booking beyond its own row: staff see
 * everything; a practitioner (their own bookings) sees the client's name but
 * not their email, and nothing of the order; the shopper sees the
 * practitioner and their order's number and currency.
 */
const AUDIENCE_FIELDS = {
  staff: {
    practitioner: PRACTITIONER_FIELDS,
    customer: ["id", "email", "first_name", "last_name"],
    order: ["id", "display_id", "email", "currency_code"],
  },
  practitioner: { practitioner: null, customer: ["id", "first_name", "last_name"], order: null },
  shopper: { practitioner: PRACTITIONER_FIELDS, customer: null, order: ["id", "display_id", "currency_code"] },
} as const

type Audience = keyof typeof AUDIENCE_FIELDS
type BookingRow = { practitioner_id: string; customer_id: string | null; variant_id: string; order_id: string | null }

/**
 * Bookings with what their audience needs to recognise them: with whom, who
 * booked, what (the variant and its product) and the order. One query per
 * entity, however many bookings.
 */
export async function withDetailsFor<T extends BookingRow>(audience: Audience, query: Query, bookings: T[]) {
  const fields = AUDIENCE_FIELDS[audience]
  const lookup = (entity: string, wanted: readonly string[] | null, ids: Array<string | null>) =>
    wanted ? recordsById(query, entity, [...wanted], ids) : Promise.resolve(null)
  const [practitioners, customers, variants, orders] = await Promise.all([
    lookup("practitioner", fields.practitioner, bookings.map((b) => b.practitioner_id)),
    lookup("customer", fields.customer, bookings.map((b) => b.customer_id)),
    lookup("product_variant", VARIANT_FIELDS, bookings.map((b) => b.variant_id)),
    lookup("order", fields.order, bookings.map((b) => b.order_id)),
  ])
  const attach = (records: Map<string, any> | null, id: string | null) => (id && records?.get(id)) || null
  return bookings.map((b) => ({
    ...b,
    ...(practitioners ? { practitioner: attach(practitioners, b.practitioner_id) } : {}),
    ...(customers ? { customer: attach(customers, b.customer_id) } : {}),
    variant: attach(variants, b.variant_id),
    ...(orders ? { order: attach(orders, b.order_id) } : {}),
  }))
}
