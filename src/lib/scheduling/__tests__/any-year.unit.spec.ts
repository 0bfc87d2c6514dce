import { IANAZone } from "luxon"
import { utcMillis } from "../utc-millis"
import { workingHours } from "../working-hours"
import { zoneClock } from "../zone-clock"

describe("dates in any year", () => {
  it.each([
    [50, 3, 1, "0050-03-01T00:00:00.000Z"],
    [99, 12, 31, "0099-12-31T00:00:00.000Z"],
    [2026, 12, 7, "2026-12-07T00:00:00.000Z"],
    [2026, 12, 32, "2027-01-01T00:00:00.000Z"],
  ])("utcMillis(%i, %i, %i) is %s, not a year of the 1900s", (year, month, day, iso) => {
    expect(new Date(utcMillis(year, month, day)).toISOString()).toBe(iso)
  })

  it("builds working hours on the dates of a window in the year 50, not 1950", () => {
    const from = new Date(utcMillis(50, 3, 1))
    const to = new Date(utcMillis(50, 3, 8))
    const ranges = workingHours({
      timeZone: "UTC",
      rules: [1, 2, 3, 4, 5].map((weekday) => ({ weekday: weekday as 1, start: "09:00", end: "17:00" })),
      overrides: [],
      from,
      to,
    })
    expect(ranges.length).toBeGreaterThan(0)
    expect(ranges.every((r) => new Date(r.start).getUTCFullYear() === 50)).toBe(true)
    expect(ranges.every((r) => r.start >= from.getTime() - 86_400_000 && r.end <= to.getTime() + 86_400_000)).toBe(true)
  })
})

describe("zoneClock, asked in any order", () => {
  it.each(["Europe/London", "America/New_York", "Pacific/Auckland", "Asia/Kolkata"])("agrees with the zone's own offsets in %s", (zone) => {
    const clock = zoneClock(zone)
    const iana = IANAZone.create(zone)
    const start = Date.parse("2025-01-01T00:00:00Z")
    // Instants spread over three years, visited out of order, so spans are found before and after known ones.
    const instants = Array.from({ length: 600 }, (_, i) => start + ((i * 7919) % 600) * 43 * 3_600_000 + (i % 4) * 7 * 60_000)
    for (const ms of instants) expect(clock.offsetMinutes(ms)).toBe(iana.offset(ms))
  })
})
