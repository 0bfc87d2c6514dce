/**
 * What anyone holding a cart (or an order) id sees of its sessions: when, with
 * whom, and how long a hold lasts — never the meeting link or address, which
 * go to the client's email and My sessions.
 */
export const sessionLineFields = [
  "id",
  "status",
  "line_item_id",
  "starts_at",
  "ends_at",
  "hold_expires_at",
  "customer_timezone",
  "meeting_mode",
  "practitioner.display_name",
  "practitioner.timezone",
  "variant.title",
  "variant.product.title",
]

export const listSessionLinesQueryConfig = { defaults: sessionLineFields, allowed: sessionLineFields, isList: true }
