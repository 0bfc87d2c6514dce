import { Settings } from "luxon"
import { datedTime, timeOffRange } from "../session-time"
import { nextDate, zonedInstant } from "../zone-time"

/** The wall clock an instant shows in a zone, read by Intl rather than Luxon: "2026-03-29 02:30". */
const wallClock = (instant: Date, zone: string) =>
  new Intl.DateTimeFormat("sv-SE", { timeZone: zone, dateStyle: "short", timeStyle: "short" }).format(instant)

// Luxon settles an ambiguous time with the offset its zone had on the date the
// process first asked; zonedInstant must not. So every case runs as if
// today were in northern winter and in northern summer.
const TODAYS = [
  ["in January", Date.UTC(2026, 0, 15, 12)],
  ["in July", Date.UTC(2026, 6, 15, 12)],
] as const

describe.each(TODAYS)("zonedInstant, %s", (_, today) => {
  beforeEach(() => {
    Settings.now = () => today
    Settings.resetCaches()
  })
  afterAll(() => {
    Settings.now = () => Date.now()
    Settings.resetCaches()
  })

  it.each([
    // date, time, zone, the instant, the wall clock it shows in the zone
    ["2026-12-07", "09:00", "Africa/Johannesburg", "2026-12-07T07:00:00.000Z", "2026-12-07 09:00"],
    ["2026-07-07", "09:00", "Europe/London", "2026-07-07T08:00:00.000Z", "2026-07-07 09:00"],
    ["2026-01-07", "09:00", "Europe/London", "2026-01-07T09:00:00.000Z", "2026-01-07 09:00"],
    // London, clocks forward at 01:00 GMT on 29 March: 01:00–01:59 does not exist.
    ["2026-03-29", "00:00", "Europe/London", "2026-03-29T00:00:00.000Z", "2026-03-29 00:00"],
    ["2026-03-29", "01:00", "Europe/London", "2026-03-29T01:00:00.000Z", "2026-03-29 02:00"],
    ["2026-03-29", "01:30", "Europe/London", "2026-03-29T01:30:00.000Z", "2026-03-29 02:30"],
    ["2026-03-29", "02:00", "Europe/London", "2026-03-29T01:00:00.000Z", "2026-03-29 02:00"],
    ["2026-03-29", "03:00", "Europe/London", "2026-03-29T02:00:00.000Z", "2026-03-29 03:00"],
    // London, clocks back at 01:00 GMT on 25 October: 01:00–01:59 happens twice, first in BST.
    ["2026-10-25", "00:00", "Europe/London", "2026-10-24T23:00:00.000Z", "2026-10-25 00:00"],
    ["2026-10-25", "01:00", "Europe/London", "2026-10-25T00:00:00.000Z", "2026-10-25 01:00"],
    ["2026-10-25", "01:30", "Europe/London", "2026-10-25T00:30:00.000Z", "2026-10-25 01:30"],
    ["2026-10-25", "02:00", "Europe/London", "2026-10-25T02:00:00.000Z", "2026-10-25 02:00"],
    ["2026-10-25", "03:00", "Europe/London", "2026-10-25T03:00:00.000Z", "2026-10-25 03:00"],
    // New York: forward at 02:00 EST on 8 March, back at 02:00 EDT on 1 November.
    ["2026-03-08", "02:30", "America/New_York", "2026-03-08T07:30:00.000Z", "2026-03-08 03:30"],
    ["2026-03-08", "12:00", "America/New_York", "2026-03-08T16:00:00.000Z", "2026-03-08 12:00"],
    ["2026-11-01", "00:00", "America/New_York", "2026-11-01T04:00:00.000Z", "2026-11-01 00:00"],
    ["2026-11-01", "01:30", "America/New_York", "2026-11-01T05:30:00.000Z", "2026-11-01 01:30"],
    ["2026-11-01", "02:00", "America/New_York", "2026-11-01T07:00:00.000Z", "2026-11-01 02:00"],
    // Kolkata: half an hour off the hour, no DST.
    ["2026-12-07", "00:00", "Asia/Kolkata", "2026-12-06T18:30:00.000Z", "2026-12-07 00:00"],
    ["2026-06-15", "09:45", "Asia/Kolkata", "2026-06-15T04:15:00.000Z", "2026-06-15 09:45"],
    // Auckland, across the date line: back at 03:00 NZDT on 5 April (02:00–02:59 twice,
    // first at +13), forward at 02:00 NZST on 27 September.
    ["2026-04-05", "02:30", "Pacific/Auckland", "2026-04-04T13:30:00.000Z", "2026-04-05 02:30"],
    ["2026-04-05", "12:00", "Pacific/Auckland", "2026-04-05T00:00:00.000Z", "2026-04-05 12:00"],
    ["2026-09-27", "02:30", "Pacific/Auckland", "2026-09-26T14:30:00.000Z", "2026-09-27 03:30"],
    ["2026-12-07", "09:00", "Pacific/Auckland", "2026-12-06T20:00:00.000Z", "2026-12-07 09:00"],
    // Samoa skipped 30 December 2011 crossing the date line: a whole-day gap.
    ["2011-12-30", "09:00", "Pacific/Apia", "2011-12-30T19:00:00.000Z", "2011-12-31 09:00"],
  ])("%s %s in %s is %s (%s there)", (date, time, zone, iso, shown) => {
    const instant = zonedInstant(date, time, zone)
    expect(instant.toISOString()).toBe(iso)
    expect(wallClock(instant, zone)).toBe(shown)
  })
})

describe("zonedInstant refuses", () => {
  it.each([
    ["2026-02-30", "09:00", "Europe/London"],
    ["2026-12-07", "25:00", "Europe/London"],
    ["7/12/2026", "09:00", "Europe/London"],
    ["2026-12-07", "9am", "Europe/London"],
    ["2026-12-07", "09:00", "Mars/Olympus_Mons"],
  ])("%s %s in %s", (date, time, zone) => {
    expect(() => zonedInstant(date, time, zone)).toThrow(`${date} ${time} is not a time in ${zone}.`)
  })
})

describe("nextDate", () => {
  it("crosses months, leap days and years", () => {
    expect(nextDate("2026-02-28")).toBe("2026-03-01")
    expect(nextDate("2028-02-28")).toBe("2028-02-29")
    expect(nextDate("2026-12-31")).toBe("2027-01-01")
  })

  it("does not skip or repeat a day when the clocks change", () => {
    expect(nextDate("2026-03-28")).toBe("2026-03-29")
    expect(nextDate("2026-10-25")).toBe("2026-10-26")
  })

  it("refuses what is not a date", () => {
    expect(() => nextDate("2026-02-30")).toThrow("2026-02-30 is not a date.")
  })
})

describe("timeOffRange", () => {
  it("shows midnight-to-midnight stretches as whole days in the zone", () => {
    const from = zonedInstant("2026-12-24", "00:00", "America/New_York").toISOString()
    const until = zonedInstant("2026-12-27", "00:00", "America/New_York").toISOString()
    expect(timeOffRange(from, until, "America/New_York")).toBe("Thu 24 Dec – Sat 26 Dec")
    expect(timeOffRange(from, zonedInstant("2026-12-25", "00:00", "America/New_York").toISOString(), "America/New_York")).toBe("Thu 24 Dec")
  })

  it("shows other stretches with their times", () => {
    expect(timeOffRange("2026-12-24T10:00:00Z", "2026-12-24T14:00:00Z", "UTC")).toBe("Thu 24 Dec, 10:00 – Thu 24 Dec, 14:00")
  })
})

describe("datedTime", () => {
  it.each([
    ["2026-12-07T22:30:00Z", "Asia/Kolkata", "8 Dec 2026, 04:00"], // already the next day, in a half-hour zone
    ["2026-12-31T23:30:00Z", "Africa/Johannesburg", "1 Jan 2027, 01:30"], // already the next year
    ["2026-12-31T23:30:00Z", "Pacific/Pago_Pago", "31 Dec 2026, 12:30"],
  ])("shows %s in %s as %s", (instant, zone, shown) => {
    expect(datedTime(instant, zone)).toBe(shown)
  })
})
