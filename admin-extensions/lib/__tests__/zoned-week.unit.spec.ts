import {
  assignLanes,
  dayBlock,
  groupByLocalDay,
  localClock,
  mondayOf,
  shiftWeek,
  usableZone,
  visibleHours,
  weekDays,
  weekOf,
} from "../zoned-week"

const iso = (ms: number) => new Date(ms).toISOString()
const booking = (id: string, starts_at: string, minutes = 60) => ({
  id,
  starts_at,
  ends_at: new Date(Date.parse(starts_at) + minutes * 60_000).toISOString(),
})

describe("weekDays: a week's local days in the practitioner's zone", () => {
  it.each([
    // zone, Monday, the local midnights (UTC) of Monday, Sunday and the next Monday, Sunday's length
    ["Europe/London", "2026-03-23", "2026-03-23T00:00:00.000Z", "2026-03-29T00:00:00.000Z", "2026-03-29T23:00:00.000Z", 23], // clocks go forward
    ["Europe/London", "2026-10-19", "2026-10-18T23:00:00.000Z", "2026-10-24T23:00:00.000Z", "2026-10-26T00:00:00.000Z", 25], // clocks go back
    ["Asia/Kolkata", "2026-03-23", "2026-03-22T18:30:00.000Z", "2026-03-28T18:30:00.000Z", "2026-03-29T18:30:00.000Z", 24], // half-hour zone
    ["Pacific/Kiritimati", "2026-03-23", "2026-03-22T10:00:00.000Z", "2026-03-28T10:00:00.000Z", "2026-03-29T10:00:00.000Z", 24], // UTC+14
  ])("%s, week of %s", (zone, monday, first, sunday, next, sundayHours) => {
    const days = weekDays(monday, zone)
    expect(days.map((d) => d.date)).toEqual(Array.from({ length: 7 }, (_, i) => shiftDate(monday, i)))
    expect(iso(days[0].startsAt)).toBe(first)
    expect(iso(days[6].startsAt)).toBe(sunday)
    expect(iso(days[6].endsAt)).toBe(next)
    expect((days[6].endsAt - days[6].startsAt) / 3_600_000).toBe(sundayHours)
    days.slice(1).forEach((day, i) => expect(day.startsAt).toBe(days[i].endsAt))
  })
})

describe("weekOf: the Monday of now's week, in the zone", () => {
  it.each([
    ["2026-03-29T23:30:00Z", "Europe/London", "2026-03-30"], // already Monday 00:30 BST
    ["2026-03-29T23:30:00Z", "UTC", "2026-03-23"],
    ["2026-03-22T12:00:00Z", "Pacific/Auckland", "2026-03-23"], // Monday 01:00 across the date line
    ["2026-03-22T12:00:00Z", "America/New_York", "2026-03-16"], // still Sunday morning
    ["2026-03-22T18:29:00Z", "Asia/Kolkata", "2026-03-16"], // Sunday 23:59
    ["2026-03-22T18:30:00Z", "Asia/Kolkata", "2026-03-23"], // Monday 00:00
  ])("%s in %s is in the week of %s", (now, zone, monday) => {
    expect(weekOf(new Date(now), zone)).toBe(monday)
  })
})

describe("moving between weeks", () => {
  it("shifts by whole weeks across months and years", () => {
    expect(shiftWeek("2026-12-28", 1)).toBe("2027-01-04")
    expect(shiftWeek("2026-03-30", -1)).toBe("2026-03-23")
  })

  it.each([
    ["2026-03-29", "2026-03-23"],
    ["2026-03-23", "2026-03-23"],
    ["2026-02-30", null],
    ["next week", null],
    ["", null],
    [null, null],
  ])("the Monday of %p is %p", (date, monday) => {
    expect(mondayOf(date)).toBe(monday)
  })

  it("falls back to UTC for a zone the runtime does not know", () => {
    expect(usableZone("Africa/Johannesburg")).toBe("Africa/Johannesburg")
    expect(usableZone("Mars/Olympus_Mons")).toBe("UTC")
    expect(usableZone(null)).toBe("UTC")
  })
})

describe("placing bookings on local days", () => {
  it.each([
    ["2026-03-28T09:00:00Z", "Europe/London", "2026-03-28", 9 * 60], // GMT
    ["2026-03-29T09:00:00Z", "Europe/London", "2026-03-29", 10 * 60], // BST from 01:00 that day
    ["2026-03-25T03:30:00Z", "Asia/Kolkata", "2026-03-25", 9 * 60],
    ["2026-03-24T19:00:00Z", "Asia/Kolkata", "2026-03-25", 30], // already the next day there
    ["2026-10-25T00:30:00Z", "Europe/London", "2026-10-25", 90], // 01:30 BST, the first of two
    ["2026-10-25T01:30:00Z", "Europe/London", "2026-10-25", 90], // 01:30 GMT, the second
  ])("%s in %s is %s at minute %i", (instant, zone, date, minutes) => {
    expect(localClock(instant, zone)).toEqual({ date, minutes })
  })

  it("groups a week's bookings by the local day they start on, and leaves out other weeks", () => {
    const zone = "Asia/Kolkata"
    const days = weekDays("2026-03-23", zone)
    const late = booking("late", "2026-03-24T19:00:00Z") // Wed 00:30 in Kolkata
    const morning = booking("morning", "2026-03-25T03:30:00Z") // Wed 09:00
    const first = booking("first", "2026-03-22T18:30:00Z") // Mon 00:00
    const before = booking("before", "2026-03-22T18:00:00Z") // Sun 23:30, the week before
    const after = booking("after", "2026-03-29T18:30:00Z") // next Monday 00:00
    const grouped = groupByLocalDay([late, morning, first, before, after], days, zone)
    expect([...grouped.keys()]).toEqual(days.map((d) => d.date))
    expect(grouped.get("2026-03-23")).toEqual([first])
    expect(grouped.get("2026-03-24")).toEqual([])
    expect(grouped.get("2026-03-25")).toEqual([late, morning])
    expect([...grouped.values()].flat()).toHaveLength(3)
  })

  it("gives a block its local start and length, cut at midnight", () => {
    expect(dayBlock(booking("a", "2026-03-29T09:00:00Z", 90), "Europe/London")).toEqual({ id: "a", startMinutes: 600, endMinutes: 690 })
    expect(dayBlock(booking("b", "2026-03-25T17:45:00Z", 60), "Asia/Kolkata")).toEqual({
      id: "b",
      startMinutes: 23 * 60 + 15,
      endMinutes: 24 * 60,
    })
  })
})

describe("assignLanes: overlapping sessions side by side", () => {
  const block = (id: string, from: number, until: number) => ({ id, startMinutes: from * 60, endMinutes: until * 60 })

  it("gives lone blocks the whole column and shares it within an overlapping cluster", () => {
    const laid = assignLanes([block("c", 10, 11), block("a", 9, 10), block("b", 9, 10.5), block("d", 10.5, 11.5), block("e", 14, 15)])
    const at = (id: string) => laid.find((b) => b.id === id)!
    expect(laid.map((b) => b.id)).toEqual(["a", "b", "c", "d", "e"])
    expect([at("a").lane, at("b").lane, at("c").lane, at("d").lane]).toEqual([0, 1, 0, 1])
    expect(["a", "b", "c", "d"].map((id) => at(id).lanes)).toEqual([2, 2, 2, 2])
    expect(at("e")).toMatchObject({ lane: 0, lanes: 1 })
  })

  it("lets a block start where another ends without sharing", () => {
    expect(assignLanes([block("a", 9, 10), block("b", 10, 11)]).map((b) => [b.lane, b.lanes])).toEqual([
      [0, 1],
      [0, 1],
    ])
  })
})

describe("visibleHours", () => {
  it("shows office hours by default and widens to early and late sessions", () => {
    expect(visibleHours([])).toEqual({ from: 8, until: 18 })
    expect(
      visibleHours([
        { id: "a", startMinutes: 6 * 60 + 30, endMinutes: 7 * 60 + 30 },
        { id: "b", startMinutes: 20 * 60, endMinutes: 21 * 60 + 15 },
      ])
    ).toEqual({ from: 6, until: 22 })
    expect(visibleHours([{ id: "a", startMinutes: 23 * 60, endMinutes: 24 * 60 }])).toEqual({ from: 8, until: 24 })
  })
})

function shiftDate(date: string, days: number) {
  const d = new Date(`${date}T00:00:00Z`)
  d.setUTCDate(d.getUTCDate() + days)
  return d.toISOString().slice(0, 10)
}
