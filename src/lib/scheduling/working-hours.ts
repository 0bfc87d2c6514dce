import { merge, Range } from "./ranges"
import { utcMillis } from "./utc-millis"
import { DateOverride, WallInterval, WeeklyRule } from "./types"
import { zoneClock } from "./zone-clock"

const DAY = 24 * 60 * 60_000

/**
 * The practitioner's working hours around a window, as UTC ranges. Each
 * local date in their zone takes its override if there is one, else its
 * weekday's rules. Wall-clock times are resolved on that date, so a day
 * across a DST change is as long as the clock says: a wall time that does
 * not exist (the spring gap) moves forward, an ambiguous one (the autumn
 * overlap) is its first occurrence.
 */
export function workingHours(input: { timeZone: string; rules: WeeklyRule[]; overrides: DateOverride[]; from: Date; to: Date }): Range[] {
  const clock = zoneClock(input.timeZone)
  const overrides = new Map(input.overrides.map((o) => [o.date, o.intervals]))
  const localDay = (ms: number) => {
    const wall = new Date(ms + clock.offsetMinutes(ms) * 60_000)
    return utcMillis(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate())
  }
  const ranges: Range[] = []
  for (let day = localDay(input.from.getTime()) - DAY; day <= localDay(input.to.getTime()) + DAY; day += DAY) {
    const calendar = new Date(day)
    const [year, month, date] = [calendar.getUTCFullYear(), calendar.getUTCMonth() + 1, calendar.getUTCDate()]
    const isoDate = calendar.toISOString().slice(0, 10)
    const weekday = calendar.getUTCDay() || 7
    const intervals: WallInterval[] = overrides.get(isoDate) ?? input.rules.filter((rule) => rule.weekday === weekday)
    for (const interval of intervals) {
      const start = atWall(clock, year, month, date, interval.start)
      const end = atWall(clock, year, month, date, interval.end)
      if (end > start) ranges.push({ start, end })
    }
  }
  // Not cut to the window: slot starts are counted from each range's own start.
  return merge(ranges).filter((r) => r.end > input.from.getTime() && r.start < input.to.getTime())
}

/** "09:30" on a local date → epoch ms; "24:00" is the next midnight. */
function atWall(clock: ReturnType<typeof zoneClock>, year: number, month: number, day: number, time: string) {
  const [hour, minute] = time.split(":").map(Number)
  if (hour === 24) {
    const next = new Date(utcMillis(year, month, day) + DAY)
    return clock.wallToInstant(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0)
  }
  return clock.wallToInstant(year, month, day, hour, minute)
}

/** "2026-03-29" + "09:30" in a zone → epoch ms. */
export function atWallTime(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split("-").map(Number)
  return atWall(zoneClock(timeZone), year, month, day, time)
}
