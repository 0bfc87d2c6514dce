/**
 * Wall-clock time in an IANA zone to an instant, for forms where a
 * practitioner types dates and times in their own zone. In an overlap
 * (clocks going back) the first occurrence wins; a time inside a gap (clocks
 * going forward) is read with the offset before it, so it lands past the gap.
 */

/** Minutes the zone is ahead of UTC at an instant. */
function offsetMinutes(instant: number, zone: string) {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat("en-US", {
      timeZone: zone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
      second: "2-digit",
    })
      .formatToParts(new Date(instant))
      .map((p) => [p.type, Number(p.value)])
  )
  const asUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second)
  return Math.round((asUtc - Math.floor(instant / 1000) * 1000) / 60_000)
}

/** "2026-03-29" + "01:30" in Europe/London → the UTC instant. */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const [y, m, d] = date.split("-").map(Number)
  const [hh, mm] = time.split(":").map(Number)
  const wall = Date.UTC(y, m - 1, d, hh, mm)
  // Offsets reach ±14 h, so a day either side is before and after any change near this time.
  const before = wall - offsetMinutes(wall - 86_400_000, zone) * 60_000
  const after = wall - offsetMinutes(wall + 86_400_000, zone) * 60_000
  // Try the offset from before, then after; keep the first that round-trips.
  for (const candidate of [before, after]) {
    if (candidate + offsetMinutes(candidate, zone) * 60_000 === wall) return new Date(candidate)
  }
  return new Date(Math.max(before, after))
}

/** The calendar date ("YYYY-MM-DD") one day after the given one. */
export function nextDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number)
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10)
}
