import { DateTime } from "luxon"

/**
 * Wall-clock time in an IANA zone to an instant, through Luxon as the backend
 * and the admin do, for forms where a practitioner types dates and times in
 * their own zone. Server code only (the portal's actions): Luxon stays out of
 * the browser's bundles.
 *
 * In an overlap (clocks going back) the first occurrence wins. Luxon alone
 * settles an overlap with an offset guessed from the date the process first
 * asked (so London's 01:30 on the autumn change would be the second one in
 * winter and the first in summer); of the readings Luxon offers, the earlier
 * is taken. A time inside a gap (clocks going forward) Luxon reads with the
 * offset before it, so it lands past the gap: London's 01:30 on the spring
 * change is 02:30 BST.
 */
export function zonedInstant(date: string, time: string, zone: string): Date {
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date)
  const clock = /^(\d{2}):(\d{2})$/.exec(time)
  const local =
    day && clock
      ? DateTime.fromObject({ year: +day[1], month: +day[2], day: +day[3], hour: +clock[1], minute: +clock[2] }, { zone })
      : DateTime.invalid("not YYYY-MM-DD and HH:MM")
  if (!local.isValid) throw new RangeError(`${date} ${time} is not a time in ${zone}.`)
  return new Date(Math.min(...local.getPossibleOffsets().map((reading) => reading.toMillis())))
}

/** The calendar date ("YYYY-MM-DD") one day after the given one. */
export function nextDate(date: string): string {
  const next = DateTime.fromISO(date, { zone: "UTC" }).plus({ days: 1 })
  if (!next.isValid) throw new RangeError(`${date} is not a date.`)
  return next.toISODate()!
}
