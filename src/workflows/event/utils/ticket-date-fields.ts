/** A ticket's date and where it happens, as its email and calendar file show them (the online link too: ticket holders get it). */
export const TICKET_DATE_AND_PLACE_FIELDS = [
  "event_date.id",
  "event_date.starts_at",
  "event_date.ends_at",
  "event_date.event.title",
  "event_date.event.timezone",
  "event_date.event.format",
  "event_date.event.venue_name",
  "event_date.event.venue_address",
  "event_date.event.city",
  "event_date.event.online_url",
]
