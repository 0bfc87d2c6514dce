/**
 * What a practitioner never sees of their bookings: the client's cart, order
 * and cart line ids. Medusa's store routes open a cart or an order to whoever
 * holds its id, with the client's email and addresses, so these ids are the
 * client's keys. Every vendor answer with a booking leaves them out.
 */
export const CLIENT_KEY_FIELDS = ["cart_id", "order_id", "line_item_id"] as const

type ClientKey = (typeof CLIENT_KEY_FIELDS)[number]

const isClientKey = (field: string) => (CLIENT_KEY_FIELDS as readonly string[]).includes(field)

/** The booking fields a practitioner may read, out of `fields`. */
export function practitionerFields(fields: string[]) {
  return fields.filter((field) => !isClientKey(field))
}

/** A booking as a practitioner may see it. */
export function forPractitioner<T extends object>(booking: T): Omit<T, ClientKey> {
  return Object.fromEntries(Object.entries(booking).filter(([field]) => !isClientKey(field))) as Omit<T, ClientKey>
}
