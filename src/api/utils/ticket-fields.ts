/**
 * What a ticket holder sees of a ticket: the attendee, its check-in code and
 * state, the date and the event — including the meeting link of an online
 * event, which only ticket holders get.
 */
export const TICKET_HOLDER_FIELDS = [
  "id",
  "status",
  "attendee_name",
  "attendee_email",
  "code",
  "checked_in_at",
  "order_id",
  "ticket_type.name",
  "event_date.id",
  "event_date.starts_at",
  "event_date.ends_at",
  "event_date.status",
  "event_date.event.title",
  "event_date.event.handle",
  "event_date.event.format",
  "event_date.event.timezone",
  "event_date.event.venue_name",
  "event_date.event.venue_address",
  "event_date.event.city",
  "event_date.event.online_url",
]

export const ticketHolderQueryConfig = (isList: boolean) => ({
  defaults: TICKET_HOLDER_FIELDS,
  allowed: TICKET_HOLDER_FIELDS,
  isList,
})
