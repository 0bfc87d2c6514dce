import { DateTime } from "luxon"
import { freeSlots, FreeSlotsInput } from "../free-slots"
import { SchedulingSettings, WeeklyRule } from "../types"

const EVERY_DAY = (start: string, end: string): WeeklyRule[] => ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start, end }))

const NO_LIMITS: SchedulingSettings = {
  buffer_before_minutes: 0,
  buffer_after_minutes: 0,
  minimum_notice_minutes: 0,
  maximum_advance_days: 3650,
  slot_step_minutes: 60,
}

/** Slots on one local date in `zone`, as local "HH:mm" starts. */
function localStarts(zone: string, date: string, overrides: Partial<FreeSlotsInput> = {}) {
  const day = DateTime.fromISO(date, { zone })
  const slots = freeSlots({
    now: new Date("2020-01-01T00:00:00Z"),
    timeZone: zone,
    rules: EVERY_DAY("09:00", "12:00"),
    overrides: [],
    timeOff: [],
    blocked: [],
    settings: NO_LIMITS,
    durationMinutes: 60,
    from: day.startOf("day").toJSDate(),
    to: day.endOf("day").toJSDate(),
    displayZone: zone,
    ...overrides,
  })
  return slots.map((s) => DateTime.fromISO(s.starts_at, { zone }).toFormat("HH:mm"))
}

describe("freeSlots across time zones and DST changes", () => {
  it.each([
    ["Europe/London", "2026-03-29", "spring forward"],
    ["Europe/London", "2026-10-25", "fall back"],
    ["America/New_York", "2026-03-08", "spring forward"],
    ["America/New_York", "2026-11-01", "fall back"],
    ["Pacific/Auckland", "2026-04-05", "fall back"],
    ["Pacific/Auckland", "2026-09-27", "spring forward"],
    ["Asia/Kolkata", "2026-06-15", "half-hour zone"],
  ])("keeps 09:00–12:00 local in %s on %s (%s)", (zone, date) => {
    expect(localStarts(zone, date)).toEqual(["09:00", "10:00", "11:00"])
  })

  it.each([
    // 00:00–04:00 local is 3 real hours when the clock jumps forward, 5 when it falls back.
    ["Europe/London", "2026-03-29", 3],
    ["Europe/London", "2026-10-25", 5],
    ["America/New_York", "2026-03-08", 3],
    ["America/New_York", "2026-11-01", 5],
    ["Pacific/Auckland", "2026-09-27", 3],
    ["Pacific/Auckland", "2026-04-05", 5],
  ])("counts real hours through the night of a change in %s on %s: %i slots", (zone, date, count) => {
    expect(localStarts(zone, date, { rules: EVERY_DAY("00:00", "04:00") })).toHaveLength(count)
  })

  it("gives UTC instants and the same slots in the shopper's zone", () => {
    const slots = freeSlots({
      now: new Date("2026-01-01T00:00:00Z"),
      timeZone: "Asia/Kolkata",
      rules: EVERY_DAY("09:30", "10:30"),
      overrides: [],
      timeOff: [],
      blocked: [],
      settings: NO_LIMITS,
      durationMinutes: 60,
      from: new Date("2026-06-15T00:00:00Z"),
      to: new Date("2026-06-16T00:00:00Z"),
      displayZone: "Europe/London",
    })
    expect(slots).toEqual([
      {
        starts_at: "2026-06-15T04:00:00.000Z",
        ends_at: "2026-06-15T05:00:00.000Z",
        local_start: "2026-06-15T05:00:00+01:00",
        local_end: "2026-06-15T06:00:00+01:00",
      },
    ])
  })
})

describe("freeSlots rules", () => {
  const zone = "Africa/Johannesburg"
  const at = (local: string) => DateTime.fromISO(local, { zone }).toJSDate()

  it("makes breaks from several intervals a day", () => {
    const rules: WeeklyRule[] = [
      { weekday: 1, start: "09:00", end: "11:00" },
      { weekday: 1, start: "13:00", end: "15:00" },
    ]
    expect(localStarts(zone, "2026-11-23", { rules })).toEqual(["09:00", "10:00", "13:00", "14:00"])
  })

  it("follows a date override, and an empty override is a day off", () => {
    const other = { overrides: [{ date: "2026-11-24", intervals: [{ start: "18:00", end: "20:00" }] }] }
    expect(localStarts(zone, "2026-11-24", other)).toEqual(["18:00", "19:00"])
    expect(localStarts(zone, "2026-11-25", { overrides: [{ date: "2026-11-25", intervals: [] }] })).toEqual([])
  })

  it("leaves out time off", () => {
    const timeOff = [{ starts_at: at("2026-11-26T10:00"), ends_at: at("2026-11-27T00:00") }]
    expect(localStarts(zone, "2026-11-26", { timeOff })).toEqual(["09:00"])
  })

  it("keeps a session and its buffers clear of other bookings' blocked ranges", () => {
    // Another booking 10:00–11:00 stored with 15 min after: blocked 10:00–11:15.
    const blocked = [{ blocked_from: at("2026-11-26T10:00"), blocked_until: at("2026-11-26T11:15") }]
    const settings = { ...NO_LIMITS, slot_step_minutes: 15 }
    const rules = EVERY_DAY("09:00", "13:00")
    expect(localStarts(zone, "2026-11-26", { blocked, settings, rules })).toEqual(["09:00", "11:15", "11:30", "11:45", "12:00"])
  })

  it("widens the new session by its own buffers", () => {
    const blocked = [{ blocked_from: at("2026-11-26T11:00"), blocked_until: at("2026-11-26T12:00") }]
    const settings = { ...NO_LIMITS, slot_step_minutes: 30, buffer_after_minutes: 30, buffer_before_minutes: 30 }
    // 09:00 session blocks 08:30–10:30: clear of 11:00. 09:30 blocks 09:00–11:00: touches, allowed (half-open).
    // 10:00 blocks 09:30–11:30: overlaps.
    expect(localStarts(zone, "2026-11-26", { blocked, settings })).toEqual(["09:00", "09:30"])
  })

  it("respects the minimum notice and the advance window", () => {
    const now = at("2026-11-26T08:30")
    const notice = { ...NO_LIMITS, minimum_notice_minutes: 90 }
    expect(localStarts(zone, "2026-11-26", { now, settings: notice })).toEqual(["10:00", "11:00"])
    const window = { ...NO_LIMITS, maximum_advance_days: 1 }
    expect(localStarts(zone, "2026-11-27", { now, settings: window })).toEqual([])
    expect(localStarts(zone, "2026-11-26", { now, settings: window })).toEqual(["09:00", "10:00", "11:00"])
  })

  it("steps starts by the slot step and never runs past the hours", () => {
    const settings = { ...NO_LIMITS, slot_step_minutes: 45 }
    expect(localStarts(zone, "2026-11-26", { settings })).toEqual(["09:00", "09:45", "10:30"])
    expect(localStarts(zone, "2026-11-26", { durationMinutes: 240 })).toEqual([])
  })

  it("over 90 days with 500 bookings, no slot touches a blocked range", () => {
    const blocked = Array.from({ length: 500 }, (_, i) => ({
      blocked_from: new Date(Date.UTC(2026, 0, 2) + i * 4 * 3600_000),
      blocked_until: new Date(Date.UTC(2026, 0, 2) + i * 4 * 3600_000 + 75 * 60_000),
    }))
    const slots = freeSlots({
      now: new Date("2026-01-01T00:00:00Z"),
      timeZone: "Europe/London",
      rules: EVERY_DAY("08:00", "18:00"),
      overrides: [],
      timeOff: [],
      blocked,
      settings: { ...NO_LIMITS, slot_step_minutes: 15 },
      durationMinutes: 60,
      from: new Date("2026-01-02T00:00:00Z"),
      to: new Date("2026-04-02T00:00:00Z"),
      displayZone: "Europe/London",
    })
    expect(slots.length).toBeGreaterThan(1000)
    for (const slot of slots) {
      const [start, end] = [Date.parse(slot.starts_at), Date.parse(slot.ends_at)]
      const clash = blocked.find((b) => start < b.blocked_until.getTime() && b.blocked_from.getTime() < end)
      expect(clash).toBeUndefined()
    }
  })
})

describe("freeSlots keeps one grid", () => {
  const zone = "Africa/Johannesburg"
  const at = (local: string) => DateTime.fromISO(local, { zone }).toJSDate()
  const base = {
    timeZone: zone,
    rules: EVERY_DAY("09:00", "12:00"),
    overrides: [],
    timeOff: [],
    blocked: [],
    settings: { ...NO_LIMITS, slot_step_minutes: 30 },
    durationMinutes: 60,
    displayZone: zone,
  }
  const starts = (slots: { starts_at: string }[]) => slots.map((s) => DateTime.fromISO(s.starts_at, { zone }).toFormat("HH:mm"))

  it("does not shift starts when the window or the clock falls mid-interval", () => {
    const slots = freeSlots({ ...base, now: at("2026-11-26T09:11"), from: at("2026-11-26T09:11"), to: at("2026-11-26T23:00") })
    expect(starts(slots)).toEqual(["09:30", "10:00", "10:30", "11:00"])
  })

  it("resumes on the grid after time off", () => {
    const timeOff = [{ starts_at: at("2026-11-26T09:00"), ends_at: at("2026-11-26T10:20") }]
    const slots = freeSlots({ ...base, timeOff, now: at("2026-11-26T00:00"), from: at("2026-11-26T00:00"), to: at("2026-11-27T00:00") })
    expect(starts(slots)).toEqual(["10:30", "11:00"])
  })
})
