/** An event date for people: "Fri 15 Jan, 19:00–21:00" on the event's clock. */
export function eventDateRange(startsAt: string | Date, endsAt: string | Date, zone: string) {
  const day = new Intl.DateTimeFormat("en-GB", { weekday: "short", day: "numeric", month: "short", timeZone: zone })
  const clock = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: zone })
  const [start, end] = [new Date(startsAt), new Date(endsAt)]
  const sameDay = day.format(start) === day.format(end)
  return sameDay
    ? `${day.format(start)}, ${clock.format(start)}–${clock.format(end)}`
    : `${day.format(start)}, ${clock.format(start)} – ${day.format(end)}, ${clock.format(end)}`
}

/** "3 seats left", "Sold out", or nothing while plenty remain. */
export function seatsLeftText(seatsLeft: number, capacity: number) {
  if (seatsLeft <= 0) return "Sold out — join the waitlist"
  if (seatsLeft <= Math.max(5, Math.ceil(capacity / 5))) return `${seatsLeft} ${seatsLeft === 1 ? "seat" : "seats"} left`
  return undefined
}
