/** The database refused a booking because it overlaps a live one (the exclusion constraint). */
export function isOverlapRefusal(error: unknown) {
  const text = `${(error as { message?: string })?.message ?? ""} ${(error as { code?: string })?.code ?? ""}`
  return /booking_no_overlapping_live_bookings|23P01/.test(text)
}

/** "Healing session (1 hour) on Mon 7 Dec, 10:00 (Africa/Johannesburg)". */
export function describeSessionTime(title: string, startsAt: Date, timeZone: string) {
  const when = new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(startsAt)
  return `${title} on ${when} (${timeZone})`
}
