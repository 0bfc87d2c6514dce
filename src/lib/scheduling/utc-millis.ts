/** 400 Gregorian years, in milliseconds: the calendar repeats exactly. */
const FOUR_CENTURIES = 146_097 * 24 * 60 * 60_000

/**
 * Epoch milliseconds of a calendar date and wall time read as UTC, right for
 * every year: Date.UTC reads years 0–99 as 1900–1999, so those are computed
 * four hundred years (or a multiple) later and moved back. Months are 1–12;
 * days and times past their range roll over.
 */
export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0): number {
  if (year >= 100) return Date.UTC(year, month - 1, day, hour, minute)
  const cycles = Math.ceil((100 - year) / 400)
  return Date.UTC(year + 400 * cycles, month - 1, day, hour, minute) - cycles * FOUR_CENTURIES
}
