import { DateTime, IANAZone } from "luxon"

/**
 * Week arithmetic for the bookings calendar, in one IANA zone (the
 * practitioner's). A week is named by its Monday ("2026-03-23"), a plain
 * date that means the same week in any zone; its days are that zone's local
 * days, 23 or 25 hours long across a DST change. Pure: `now` is passed in.
 */

export type CalendarDay = {
  /** The local date, "2026-03-29". */
  date: string
  /** Local midnight, and the next local midnight, as epoch milliseconds. */
  startsAt: number
  endsAt: number
}

type Instant = string | Date

const toDateTime = (instant: Instant, zone: string) =>
  (typeof instant === "string" ? DateTime.fromISO(instant) : DateTime.fromJSDate(instant)).setZone(zone)

/** The zone itself when this runtime knows it, otherwise UTC, so a bad zone never blanks the calendar. */
export function usableZone(zone: string | null | undefined): string {
  return zone && IANAZone.isValidZone(zone) ? zone : "UTC"
}

/** The Monday of the week holding `now` in `zone`. */
export function weekOf(now: Date, zone: string): string {
  return toDateTime(now, zone).startOf("week").toISODate()!
}

/** The Monday of the week holding a "YYYY-MM-DD" date, or null when it is not a date. */
export function mondayOf(date: string | null | undefined): string | null {
  if (!date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return null
  const day = DateTime.fromISO(date, { zone: "UTC" })
  return day.isValid ? day.startOf("week").toISODate() : null
}

/** The Monday `weeks` weeks after (or before, when negative) `monday`. */
export function shiftWeek(monday: string, weeks: number): string {
  return DateTime.fromISO(monday, { zone: "UTC" }).plus({ weeks }).toISODate()!
}

/** The seven local days of the week starting on `monday`, in `zone`. */
export function weekDays(monday: string, zone: string): CalendarDay[] {
  const first = DateTime.fromISO(monday, { zone })
  return Array.from({ length: 7 }, (_, index) => {
    const start = first.plus({ days: index })
    return { date: start.toISODate()!, startsAt: start.toMillis(), endsAt: start.plus({ days: 1 }).toMillis() }
  })
}

/** The local date and the minutes since local midnight of an instant in `zone`. */
export function localClock(instant: Instant, zone: string): { date: string; minutes: number } {
  const local = toDateTime(instant, zone)
  return { date: local.toISODate()!, minutes: local.hour * 60 + local.minute }
}

/** Bookings by the local day (of the given days) they start on in `zone`; every day has a list. */
export function groupByLocalDay<T extends { starts_at: string }>(bookings: T[], days: CalendarDay[], zone: string) {
  const byDay = new Map<string, T[]>(days.map((day) => [day.date, []]))
  for (const booking of bookings) byDay.get(localClock(booking.starts_at, zone).date)?.push(booking)
  return byDay
}

export type DayBlock = { id: string; startMinutes: number; endMinutes: number }

/**
 * Where a booking sits in its day column: from its local start, for its
 * length, cut at midnight (a session past midnight shows in the day it
 * starts).
 */
export function dayBlock(booking: { id: string; starts_at: string; ends_at: string }, zone: string): DayBlock {
  const { minutes } = localClock(booking.starts_at, zone)
  const length = Math.max(0, (Date.parse(booking.ends_at) - Date.parse(booking.starts_at)) / 60_000)
  return { id: booking.id, startMinutes: minutes, endMinutes: Math.min(24 * 60, minutes + length) }
}

/**
 * Side-by-side lanes for one day's blocks: blocks that overlap (a cancelled
 * session and the one booked in its place, say) share the width of their
 * cluster; the others get the whole column.
 */
export function assignLanes<T extends DayBlock>(blocks: T[]): Array<T & { lane: number; lanes: number }> {
  const sorted = [...blocks].sort((a, b) => a.startMinutes - b.startMinutes || a.endMinutes - b.endMinutes)
  const placed: Array<T & { lane: number; lanes: number }> = []
  let cluster: Array<T & { lane: number; lanes: number }> = []
  let clusterEnd = -1
  const closeCluster = () => {
    const lanes = Math.max(0, ...cluster.map((b) => b.lane)) + 1
    for (const block of cluster) block.lanes = lanes
    cluster = []
  }
  for (const block of sorted) {
    if (block.startMinutes >= clusterEnd) closeCluster()
    const laneEnds = new Map<number, number>()
    for (const other of cluster) laneEnds.set(other.lane, Math.max(laneEnds.get(other.lane) ?? 0, other.endMinutes))
    let lane = 0
    while (laneEnds.has(lane) && laneEnds.get(lane)! > block.startMinutes) lane++
    const entry = { ...block, lane, lanes: 1 }
    cluster.push(entry)
    placed.push(entry)
    clusterEnd = Math.max(clusterEnd, block.endMinutes)
  }
  closeCluster()
  return placed
}

/** The whole hours the grid shows: at least `from`–`until`, widened to hold every block. */
export function visibleHours(blocks: DayBlock[], defaults = { from: 8, until: 18 }): { from: number; until: number } {
  const from = Math.min(defaults.from, ...blocks.map((b) => Math.floor(b.startMinutes / 60)))
  const until = Math.max(defaults.until, ...blocks.map((b) => Math.ceil(b.endMinutes / 60)))
  return { from, until: Math.min(24, until) }
}
