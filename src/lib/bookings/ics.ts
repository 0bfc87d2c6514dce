/**
 * An iCalendar (RFC 5545) event for a booked session, so the shopper's and
 * the practitioner's calendars show it at the right instant whatever their
 * zone (times are written in UTC).
 */
export type CalendarEvent = {
  uid: string
  starts_at: Date
  ends_at: Date
  summary: string
  description?: string
  location?: string | null
  url?: string | null
  status?: "CONFIRMED" | "CANCELLED"
  sequence?: number
  /** The zone calendars should show it in (X-WR-TIMEZONE); the instants stay in UTC. */
  timezone?: string
  now: Date
}

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Avenrae//Sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(event.timezone ? [`X-WR-TIMEZONE:${event.timezone}`] : []),
    "BEGIN:VEVENT",
    `UID:${event.uid}@avenrae`,
    `DTSTAMP:${utc(event.now)}`,
    `DTSTART:${utc(event.starts_at)}`,
    `DTEND:${utc(event.ends_at)}`,
    `SUMMARY:${escape(event.summary)}`,
    ...(event.description ? [`DESCRIPTION:${escape(event.description)}`] : []),
    ...(event.location ? [`LOCATION:${escape(event.location)}`] : []),
    ...(event.url ? [`URL:${event.url}`] : []),
    `STATUS:${event.status ?? "CONFIRMED"}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    "END:VEVENT",
    "END:VCALENDAR",
  ]
  return lines.map(fold).join("\r\n") + "\r\n"
}

/** What a booked session's event is made from. */
export type BookedSession = {
  id: string
  starts_at: Date | string
  ends_at: Date | string
  status?: string
  reschedule_count?: number
  meeting_mode: string
  meeting_url: string | null
  meeting_address: string | null
}

/**
 * A booked session as a calendar event: its times, where it happens (the
 * meeting link online, the address in person) unless `place` is false, and a
 * cancelled or moved session as a later revision of the same event.
 */
export function sessionEvent(
  booking: BookedSession,
  input: { summary: string; description?: string; place: boolean; now: Date }
): CalendarEvent {
  const online = booking.meeting_mode === "online"
  const cancelled = booking.status === "cancelled"
  return {
    uid: booking.id,
    starts_at: new Date(booking.starts_at),
    ends_at: new Date(booking.ends_at),
    summary: input.summary,
    description: input.description,
    location: input.place ? (online ? booking.meeting_url : booking.meeting_address) : null,
    url: input.place && online ? booking.meeting_url : null,
    status: cancelled ? "CANCELLED" : "CONFIRMED",
    sequence: (booking.reschedule_count ?? 0) + (cancelled ? 1 : 0),
    now: input.now,
  }
}

function utc(date: Date) {
  return date
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d{3}/, "")
}

function escape(text: string) {
  return text.replace(/\\/g, "\\\\").replace(/;/g, "\\;").replace(/,/g, "\\,").replace(/\r?\n/g, "\\n")
}

/** Lines longer than 75 octets continue on the next line after a space. */
function fold(line: string) {
  const parts: string[] = []
  let rest = line
  while (Buffer.byteLength(rest) > 75) {
    let cut = 75
    while (Buffer.byteLength(rest.slice(0, cut)) > 75) cut--
    parts.push(rest.slice(0, cut))
    rest = " " + rest.slice(cut)
  }
  parts.push(rest)
  return parts.join("\r\n")
}
