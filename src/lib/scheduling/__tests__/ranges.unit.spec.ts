import { merge, overlaps, subtract } from "../ranges"

const r = (start: number, end: number) => ({ start, end })

describe("ranges", () => {
  it("merges overlapping and touching ranges and drops empty ones", () => {
    expect(merge([r(5, 7), r(1, 3), r(3, 4), r(6, 9), r(10, 10)])).toEqual([r(1, 4), r(5, 9)])
  })

  it.each([
    [[r(0, 10)], [r(2, 4)], [r(0, 2), r(4, 10)]],
    [[r(0, 10)], [r(0, 10)], []],
    [[r(0, 10)], [r(-5, 3), r(8, 20)], [r(3, 8)]],
    [[r(0, 4), r(6, 10)], [r(3, 7)], [r(0, 3), r(7, 10)]],
    [[r(0, 10)], [], [r(0, 10)]],
  ])("subtracts %j − %j = %j", (from, remove, expected) => {
    expect(subtract(from, remove)).toEqual(expected)
  })

  it("treats ranges as half-open", () => {
    expect(overlaps(r(0, 5), r(5, 9))).toBe(false)
    expect(overlaps(r(0, 6), r(5, 9))).toBe(true)
  })
})

import { weeklyScheduleProblem } from "../weekly-schedule"

describe("weeklyScheduleProblem", () => {
  it("accepts a week with breaks and a shift until midnight", () => {
    expect(
      weeklyScheduleProblem([
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "13:00", end: "17:00" },
        { weekday: 5, start: "18:00", end: "24:00" },
      ])
    ).toBeUndefined()
  })

  it.each([
    [{ weekday: 8, start: "09:00", end: "10:00" }, /weekday must be 1/],
    [{ weekday: 1, start: "9:00", end: "10:00" }, /HH:MM/],
    [{ weekday: 1, start: "10:00", end: "09:00" }, /ends before it starts/],
    [{ weekday: 1, start: "24:30", end: "25:00" }, /HH:MM/],
  ])("refuses %j", (rule, message) => {
    expect(weeklyScheduleProblem([rule as never])).toMatch(message)
  })

  it("refuses overlapping intervals on one day", () => {
    expect(
      weeklyScheduleProblem([
        { weekday: 2, start: "09:00", end: "12:00" },
        { weekday: 2, start: "11:00", end: "13:00" },
      ])
    ).toMatch(/overlap/)
  })
})

import { DateTime } from "luxon"
import { zoneClock } from "../zone-clock"

describe("zoneClock", () => {
  it.each(["Europe/London", "America/New_York", "Asia/Kolkata", "Pacific/Auckland", "Australia/Lord_Howe", "Asia/Kathmandu"])(
    "writes the same wall time as Luxon every 20 minutes through 2026 in %s",
    (zone) => {
      const clock = zoneClock(zone)
      for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2027, 0, 1); ms += 20 * 60_000) {
        const expected = DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true, includeOffset: true })!
        const actual = clock.isoLocal(ms)
        if (actual !== expected) throw new Error(`${zone} at ${new Date(ms).toISOString()}: ${actual} ≠ ${expected}`)
      }
    }
  )
})

describe("zoneClock.wallToInstant", () => {
  it.each(["Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Kolkata", "Australia/Lord_Howe"])(
    "resolves every half hour of 2026 in %s: the wall time itself, the first of two in an overlap, forward in a gap",
    (zone) => {
      const clock = zoneClock(zone)
      for (let day = Date.UTC(2026, 0, 1); day < Date.UTC(2027, 0, 1); day += 86_400_000) {
        const d = new Date(day)
        for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
          const [y, m, dd, h, mi] = [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), Math.floor(minutes / 60), minutes % 60]
          const wanted = `${y}-${m}-${dd} ${h}:${mi}`
          const wallOf = (ms: number) => DateTime.fromMillis(ms, { zone }).toFormat("yyyy-M-d H:m")
          const luxon = DateTime.fromObject({ year: y, month: m, day: dd, hour: h, minute: mi }, { zone }).toMillis()
          const actual = clock.wallToInstant(y, m, dd, h, mi)
          const ok =
            wallOf(luxon) !== wanted
              ? actual === luxon // a gap: forward, as Luxon
              : wallOf(actual) === wanted &&
                actual <= luxon &&
                wallOf(actual - 3_600_000) !== wanted &&
                wallOf(actual - 1_800_000) !== wanted
          if (!ok) throw new Error(`${zone} ${wanted}: ${new Date(actual).toISOString()} (Luxon ${new Date(luxon).toISOString()})`)
        }
      }
    }
  )
})
