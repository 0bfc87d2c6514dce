/** Wall-clock times ("HH:MM") as the portal's time fields and the vendor API each write them. */

type Interval = { start: string; end: string }

/** A time field shows midnight at the end of a day as 00:00; the API calls it 24:00. */
export const fieldTime = (apiTime: string) => (apiTime === "24:00" ? "00:00" : apiTime)
export const apiEnd = (fieldEnd: string) => (fieldEnd === "00:00" ? "24:00" : fieldEnd)

const minutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))
const clock = (total: number) => `${String(Math.floor(total / 60)).padStart(2, "0")}:${String(total % 60).padStart(2, "0")}`

/**
 * The interval "+ hours" adds to a day, in field form: 09:00–17:00 on an
 * empty day, else two hours from the last interval's end, no later than
 * midnight; none when the day is already worked to midnight.
 */
export function nextInterval(intervals: Interval[]): Interval | undefined {
  if (!intervals.length) return { start: "09:00", end: "17:00" }
  const from = minutes(apiEnd(intervals[intervals.length - 1].end))
  if (from >= 24 * 60 - 5) return undefined
  return { start: clock(from), end: fieldTime(clock(Math.min(from + 120, 24 * 60))) }
}
