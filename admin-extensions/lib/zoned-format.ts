/**
 * How the admin writes instants, in a given IANA zone, through
 * Intl.DateTimeFormat. English (en-GB) words and a 24-hour clock, like the
 * rest of the admin's extensions.
 */

const LOCALE = "en-GB"

const format = (instant: string | Date, zone: string, options: Intl.DateTimeFormatOptions) =>
  new Intl.DateTimeFormat(LOCALE, { timeZone: zone, ...options }).format(new Date(instant))

/** "09:00" */
export function timeInZone(instant: string | Date, zone: string): string {
  return format(instant, zone, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" })
}

/** "Mon 23 Mar" */
export function dayInZone(instant: string | Date, zone: string): string {
  return format(instant, zone, { weekday: "short", day: "numeric", month: "short" })
}

/** The zone's short name at that instant: "BST", "GMT+2", "GMT+5:30". */
export function zoneAbbreviation(instant: string | Date, zone: string): string {
  const parts = new Intl.DateTimeFormat(LOCALE, { timeZone: zone, timeZoneName: "short" }).formatToParts(new Date(instant))
  return parts.find((part) => part.type === "timeZoneName")?.value ?? zone
}

/** "Mon 23 Mar, 09:00–10:00 GMT+2", with the end's date too when it falls on another local day. */
export function sessionTimes(startsAt: string, endsAt: string, zone: string): string {
  const startDay = dayInZone(startsAt, zone)
  const endDay = dayInZone(endsAt, zone)
  const end = endDay === startDay ? timeInZone(endsAt, zone) : `${endDay}, ${timeInZone(endsAt, zone)}`
  return `${startDay}, ${timeInZone(startsAt, zone)}–${end} ${zoneAbbreviation(startsAt, zone)}`
}

/** "Monday 23 March 2026, 14:05" in the zone, for when something happened. */
export function momentInZone(instant: string | Date, zone: string): string {
  return format(instant, zone, { dateStyle: "full", timeStyle: "short", hourCycle: "h23" })
}

/** "R 450.00", "$30.00": an amount in major units of the currency. */
export function money(amount: number, currencyCode: string | null | undefined): string {
  if (!currencyCode) return amount.toFixed(2)
  return new Intl.NumberFormat(LOCALE, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}
