import { DateTime } from "luxon"
import { merge, Range } from "./ranges"
import { DateOverride, WallInterval, WeeklyRule } from "./types"

/**
 * The practitioner's working hours between two instants, as UTC ranges.
 * Each local date in their zone takes its override if there is one, else
 * its weekday's rules. Wall-clock times are resolved on that date, so a day
 * across a DST change is as long as the clock says: a wall time that does
 * not exist (the spring gap) moves forward to the first one that does.
 */
export function workingHours(input: {
  timeZone: string
  rules: WeeklyRule[]
  overrides: DateOverride[]
  from: Date
  to: Date
}): Range[] {
  const overrides = new Map(input.overrides.map((o) => [o.date, o.intervals]))
  const first = DateTime.fromJSDate(input.from, { zone: input.timeZone }).startOf("day").minus({ days: 1 })
  const last = DateTime.fromJSDate(input.to, { zone: input.timeZone }).startOf("day").plus({ days: 1 })
  const ranges: Range[] = []
  for (let day = first; day <= last; day = day.plus({ days: 1 })) {
    const date = day.toISODate()!
    const intervals: WallInterval[] =
      overrides.get(date) ?? input.rules.filter((rule) => rule.weekday === day.weekday)
    for (const interval of intervals) {
      const start = atWallTime(date, interval.start, input.timeZone)
      const end = atWallTime(date, interval.end, input.timeZone)
      if (end > start) ranges.push({ start, end })
    }
  }
  const window = { start: input.from.getTime(), end: input.to.getTime() }
  return merge(ranges)
    .map((r) => ({ start: Math.max(r.start, window.start), end: Math.min(r.end, window.end) }))
    .filter((r) => r.end > r.start)
}

/** "2026-03-29" + "09:30" in a zone → epoch ms; "24:00" is the next midnight. */
export function atWallTime(date: string, time: string, timeZone: string): number {
  const [hour, minute] = time.split(":").map(Number)
  const midnight = DateTime.fromISO(date, { zone: timeZone }).startOf("day")
  if (hour === 24) return midnight.plus({ days: 1 }).toMillis()
  return DateTime.fromObject(
    { year: midnight.year, month: midnight.month, day: midnight.day, hour, minute },
    { zone: timeZone }
  ).toMillis()
}
