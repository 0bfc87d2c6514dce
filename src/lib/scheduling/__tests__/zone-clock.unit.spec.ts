import fc from "fast-check"
import { IANAZone } from "luxon"
import { freeSlots } from "../free-slots"
import { IsoFormatter } from "../iso-format"
import { OffsetSpans } from "../offset-spans"
import { clockOver } from "../zone-clock"

const HOUR = 3_600_000
const WEEK = 7 * 24 * HOUR

/** A clock over `zone` with its own spans, counting how often it asks the zone for an offset. */
function countingClock(zone: string, maxSpans?: number) {
  const iana = IANAZone.create(zone)
  const counter = { calls: 0 }
  const spans = new OffsetSpans((ms) => {
    counter.calls++
    return iana.offset(ms)
  }, maxSpans)
  return { clock: clockOver(spans), spans, counter, iana }
}

describe("zone clock cost", () => {
  const Y2000 = Date.UTC(2000, 0, 1)
  const Y2100 = Date.UTC(2100, 0, 1)

  it.each(["Europe/London", "America/New_York", "Pacific/Auckland"])(
    "asks %s about each week once, not about the century between, when instants alternate between 2000 and 2100",
    (zone) => {
      const { clock, counter, iana } = countingClock(zone)
      const lookups = 5_000
      const wrong: number[] = []
      for (let i = 0; i < lookups; i++) {
        for (const ms of [Y2000 + i * HOUR, Y2100 + i * HOUR]) if (clock.offsetMinutes(ms) !== iana.offset(ms)) wrong.push(ms)
      }
      expect(wrong).toEqual([])
      // Each side covers 5,000 hours: about 30 weeks at two calls each, and
      // about ten more per change of offset (at most two each side). Walking
      // from one century to the other would take thousands of calls per jump.
      const weeks = Math.ceil((lookups * HOUR) / WEEK) + 1
      expect(counter.calls).toBeLessThanOrEqual(2 * (2 * weeks + 2 * 12))
    }
  )

  it("answers the same two far-apart wall times from what it found the first time", () => {
    const { clock, counter } = countingClock("America/New_York")
    const first = [clock.wallToInstant(2000, 3, 15, 9, 0), clock.wallToInstant(2100, 3, 15, 9, 0)]
    const afterFirst = counter.calls
    let differing = 0
    for (let i = 0; i < 10_000; i++) {
      if (clock.wallToInstant(2000, 3, 15, 9, 0) !== first[0]) differing++
      if (clock.wallToInstant(2100, 3, 15, 9, 0) !== first[1]) differing++
    }
    expect(differing).toBe(0)
    expect(afterFirst).toBeLessThanOrEqual(30)
    expect(counter.calls).toBe(afterFirst)
    expect(new Date(first[0]).toISOString()).toBe("2000-03-15T14:00:00.000Z")
    expect(new Date(first[1]).toISOString()).toBe("2100-03-15T13:00:00.000Z")
  })

  it("keeps at most its limit of spans, and stays right, whatever instants it is asked about", () => {
    const { clock, spans, counter, iana } = countingClock("Australia/Lord_Howe", 64)
    const instants = fc.sample(fc.integer({ min: Date.UTC(1, 0, 1), max: Date.UTC(9999, 0, 1) }), { numRuns: 3_000, seed: 11 })
    let wrong = 0
    let largest = 0
    for (const ms of instants) {
      if (clock.offsetMinutes(ms) !== iana.offset(ms)) wrong++
      largest = Math.max(largest, spans.size)
    }
    expect(wrong).toBe(0)
    expect(largest).toBeLessThanOrEqual(64)
    // Unrelated instants cost one search each: two calls, plus a bisection near a change.
    expect(counter.calls).toBeLessThanOrEqual(instants.length * 12)
  })

  it("keeps one span per stretch between changes when asked about consecutive weeks", () => {
    const { clock, spans } = countingClock("Europe/London")
    for (let ms = Date.UTC(2026, 0, 1); ms < Date.UTC(2028, 0, 1); ms += 6 * HOUR) clock.offsetMinutes(ms)
    // Two years of London: winter, summer, winter, summer, winter.
    expect(spans.size).toBe(5)
  })

  it("makes the slot list for a zone it has seen without asking the zone again", () => {
    const input = {
      now: new Date("2026-01-01T00:00:00Z"),
      timeZone: "America/Santiago",
      rules: ([1, 2, 3, 4, 5] as const).map((weekday) => ({ weekday, start: "09:00", end: "17:00" })),
      overrides: [],
      timeOff: [],
      blocked: [],
      settings: {
        buffer_before_minutes: 0,
        buffer_after_minutes: 0,
        minimum_notice_minutes: 0,
        maximum_advance_days: 365,
        slot_step_minutes: 30,
      },
      durationMinutes: 60,
      from: new Date("2026-03-01T00:00:00Z"),
      to: new Date("2026-05-01T00:00:00Z"),
      displayZone: "Asia/Kolkata",
    }
    const offset = jest.spyOn(IANAZone.prototype, "offset")
    try {
      const first = freeSlots(input)
      const callsFirst = offset.mock.calls.length
      const again = freeSlots(input)
      expect(callsFirst).toBeGreaterThan(0)
      expect(offset.mock.calls.length).toBe(callsFirst)
      expect(again).toEqual(first)
    } finally {
      offset.mockRestore()
    }
  })
})

describe("IsoFormatter", () => {
  it("writes what Date#toISOString writes, for any instant", () => {
    const formatter = new IsoFormatter()
    const minute = fc.integer({ min: -70_000_000, max: 5_000_000 }).map((m) => m * 60_000)
    const any = fc.integer({ min: -8.64e15, max: 8.64e15 })
    fc.assert(
      fc.property(fc.oneof(minute, any), (ms) => {
        const iso = new Date(ms).toISOString()
        return formatter.utc(ms) === iso && formatter.seconds(ms) === iso.slice(0, 19)
      }),
      { numRuns: 5_000, seed: 7 }
    )
  })
})
