import { utcMillis } from "../scheduling/utc-millis"
import { zoneClock } from "../scheduling/zone-clock"

/**
 * "Who is free when I am": the shopper's times, in their zone, turned into
 * instants over the next `horizonDays`. Either a stretch between two local
 * date-times ("this Saturday": 2026-12-05T00:00 to 2026-12-06T00:00), or a
 * time of day on some weekdays ("weekday evenings": 18:00 to 21:00 on
 * Monday to Friday; a "to" at or before "from" runs past midnight). Pure:
 * the clock comes in.
 */
export type FreeWhen =
  { kind: "stretch"; from: string; to: string; zone: string } | { kind: "daily"; from: string; to: string; days: number[]; zone: string }

export type Interval = { from: Date; to: Date }

const DAY = 86_400_000
const MINUTE = 60_000

export const WEEKDAY_NAMES = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const

/** "mon,wed", "weekdays", "weekends" → ISO weekday numbers (1 = Monday); undefined for an unknown name. */
export function parseDays(value: string): number[] | undefined {
  const days = new Set<number>()
  for (const name of value
    .toLowerCase()
    .split(",")
    .map((part) => part.trim())) {
    if (name === "weekdays") [1, 2, 3, 4, 5].forEach((d) => days.add(d))
    else if (name === "weekends") [6, 7].forEach((d) => days.add(d))
    else {
      const index = WEEKDAY_NAMES.indexOf(name as (typeof WEEKDAY_NAMES)[number])
      if (index < 0) return undefined
      days.add(index + 1)
    }
  }
  return [...days].sort()
}

export function freeWhenIntervals(when: FreeWhen, now: Date, horizonDays: number): Interval[] {
  const clock = zoneClock(when.zone)
  const start = now.getTime()
  const end = start + horizonDays * DAY
  const clip = (from: number, to: number): Interval[] => {
    const f = Math.max(from, start)
    const t = Math.min(to, end)
    return t > f ? [{ from: new Date(f), to: new Date(t) }] : []
  }
  const wall = (date: { y: number; m: number; d: number }, time: string) => {
    const [hour, minute] = time.split(":").map(Number)
    return clock.instantOfWall(utcMillis(date.y, date.m, date.d) + (hour * 60 + minute) * MINUTE)
  }
  if (when.kind === "stretch") {
    const [fromDate, fromTime] = when.from.split("T")
    const [toDate, toTime] = when.to.split("T")
    return clip(wall(dateParts(fromDate), fromTime), wall(dateParts(toDate), toTime))
  }
  // Local dates from yesterday (an overnight stretch may still run) to the horizon.
  const today = new Date(start + clock.offsetMinutes(start) * MINUTE)
  const intervals: Interval[] = []
  for (let i = -1; i <= horizonDays; i++) {
    const local = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate() + i))
    const weekday = local.getUTCDay() === 0 ? 7 : local.getUTCDay()
    if (!when.days.includes(weekday)) continue
    const date = { y: local.getUTCFullYear(), m: local.getUTCMonth() + 1, d: local.getUTCDate() }
    const from = wall(date, when.from)
    const overnight = when.to <= when.from
    const next = new Date(Date.UTC(date.y, date.m - 1, date.d + 1))
    const to = overnight
      ? wall({ y: next.getUTCFullYear(), m: next.getUTCMonth() + 1, d: next.getUTCDate() }, when.to)
      : wall(date, when.to)
    intervals.push(...clip(from, to))
  }
  return intervals
}

function dateParts(date: string) {
  const [y, m, d] = date.split("-").map(Number)
  return { y, m, d }
}

/** The directory's query fields → the shopper's times, or undefined when none were asked for. */
export function freeWhenOf(query: {
  available_from?: string
  available_to?: string
  available_days?: string
  tz?: string
}): FreeWhen | undefined {
  const zone = query.tz ?? "UTC"
  if (query.available_from && query.available_from.includes("T")) {
    return { kind: "stretch", from: query.available_from, to: query.available_to!, zone }
  }
  if (!query.available_from && !query.available_days) return undefined
  return {
    kind: "daily",
    from: query.available_from ?? "00:00",
    to: query.available_to ?? "24:00",
    days: query.available_days ? parseDays(query.available_days)! : [1, 2, 3, 4, 5, 6, 7],
    zone,
  }
}
