/**
 * Epoch milliseconds of a calendar date and wall time read as UTC, right for
 * every year: Date.UTC reads years 0–99 as 1900–1999, so the year is set on
 * its own. Months are 1–12; days and times past their range roll over.
 */
export function utcMillis(year: number, month: number, day: number, hour = 0, minute = 0): number {
  const date = new Date(Date.UTC(2000, 0, 1, hour, minute))
  date.setUTCFullYear(year, month - 1, day)
  return date.getTime()
}
