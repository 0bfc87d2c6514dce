import { merge, Range } from "./ranges"
import { utcMillis } from "./utc-millis"
import { DateOverride, WallInterval, WeeklyRule } from "./types"
import { ZoneClock, zoneClock } from "./zone-clock"

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** An interval as minutes from local midnight ("24:00" is 1440). */
type MinuteInterval = { start: number; end: number }

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
  const overrides = new Map(input.overrides.map((o) => [o.date, o.intervals.map(inMinutes)]))
  // By ISO weekday, 1 (Monday) … 7 (Sunday).
  const weekly: MinuteInterval[][] = Array.from({ length: 8 }, () => [])
  for (const rule of input.rules) weekly[rule.weekday]?.push(inMinutes(rule))
  // Local midnights as epoch ms read as UTC: a whole number of days.
  const localDay = (ms: number) => Math.floor((ms + clock.offsetMinutes(ms) * MINUTE) / DAY) * DAY
  const ranges: Range[] = []
  for (let day = localDay(input.from.getTime()) - DAY; day <= localDay(input.to.getTime()) + DAY; day += DAY) {
    const override = overrides.size ? overrides.get(new Date(day).toISOString().slice(0, 10)) : undefined
    // 1970-01-01 was a Thursday (ISO weekday 4).
    const intervals = override ?? weekly[((((day / DAY + 3) % 7) + 7) % 7) + 1]
    for (const interval of intervals) {
      const start = clock.instantOfWall(day + interval.start * MINUTE)
      const end = clock.instantOfWall(day + interval.end * MINUTE)
      if (end > start) ranges.push({ start, end })
    }
  }
  // Not cut to the window: slot starts are counted from each range's own start.
  return merge(ranges).filter((r) => r.end > input.from.getTime() && r.start < input.to.getTime())
}

function inMinutes(interval: WallInterval): MinuteInterval {
  return { start: wallMinutes(interval.start), end: wallMinutes(interval.end) }
}

/** "09:30" → 570; "24:00" → 1440 (the next midnight). */
function wallMinutes(time: string) {
  const [hour, minute] = time.split(":").map(Number)
  return hour * 60 + minute
}

/** "2026-03-29" + "09:30" in a zone → epoch ms. */
export function atWallTime(date: string, time: string, timeZone: string): number {
  const [year, month, day] = date.split("-").map(Number)
  return atWall(zoneClock(timeZone), year, month, day, time)
}

/** "09:30" on a local date → epoch ms; "24:00" is the next midnight. */
function atWall(clock: ZoneClock, year: number, month: number, day: number, time: string) {
  return clock.instantOfWall(utcMillis(year, month, day) + wallMinutes(time) * MINUTE)
}
