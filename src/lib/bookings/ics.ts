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
  now: Date
}

export function calendarFile(event: CalendarEvent): string {
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    "PRODID:-//Avenrae//Sessions//EN",
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
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

function utc(date: Date) {
  return date.toISOString().replace(/[-:]/g, "").replace(/\.\d{3}/, "")
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
