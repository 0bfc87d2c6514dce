/** A session's time for people: "Tue 8 Dec, 09:00" in a zone, and the zone's name without underscores. */

export function sessionTime(instant: string | Date, zone: string, style: "short" | "long" = "short") {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: style,
    day: "numeric",
    month: style,
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
  }).format(new Date(instant))
}

/** The clock time alone, "09:00", in a zone. */
export function clockTime(instant: string | Date, zone: string) {
  return new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: zone }).format(new Date(instant))
}

/**
 * A stretch of time off: whole days ("Thu 24 Dec – Sat 26 Dec") when it runs
 * from midnight to midnight in the zone, otherwise its two moments.
 */
export function timeOffRange(startsAt: string, endsAt: string, zone: string) {
  const wholeDays = clockTime(startsAt, zone) === "00:00" && clockTime(endsAt, zone) === "00:00"
  if (!wholeDays) return `${sessionTime(startsAt, zone)} – ${sessionTime(endsAt, zone)}`
  const day = (instant: number) =>
    new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: zone }).format(new Date(instant))
  const first = day(Date.parse(startsAt))
  const last = day(Date.parse(endsAt) - 60_000)
  return first === last ? first : `${first} – ${last}`
}

/** A past moment with its year, "8 Dec 2026, 09:00", in a zone (a history reaches back years). */
export function datedTime(instant: string | Date, zone: string) {
  return new Intl.DateTimeFormat("en-GB", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: zone,
  }).format(new Date(instant))
}

export function zoneName(zone: string) {
  return zone.replace(/_/g, " ")
}
