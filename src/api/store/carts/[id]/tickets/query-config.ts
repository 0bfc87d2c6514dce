/**
 * What anyone holding a cart id sees of its tickets: the event, date and
 * ticket type, the attendees named, and how long the seats stay held.
 */
export const seatHoldFields = [
  "id",
  "status",
  "line_item_id",
  "quantity",
  "attendees",
  "expires_at",
  "ticket_type.name",
  "event_date.starts_at",
  "event_date.ends_at",
  "event_date.event.title",
  "event_date.event.handle",
  "event_date.event.timezone",
]

export const listSeatHoldsQueryConfig = { defaults: seatHoldFields, allowed: seatHoldFields, isList: true }
