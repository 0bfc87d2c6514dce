import { timeOffRange } from "../session-time"
import { nextDate, zonedInstant } from "../zone-time"

describe("zonedInstant", () => {
  it.each([
    ["2026-12-07", "09:00", "Africa/Johannesburg", "2026-12-07T07:00:00.000Z"],
    ["2026-12-07", "00:00", "Asia/Kolkata", "2026-12-06T18:30:00.000Z"],
    ["2026-12-07", "09:00", "Pacific/Auckland", "2026-12-06T20:00:00.000Z"],
    ["2026-07-07", "09:00", "Europe/London", "2026-07-07T08:00:00.000Z"],
    ["2026-01-07", "09:00", "Europe/London", "2026-01-07T09:00:00.000Z"],
    // The days clocks change: midnight, and times either side of the change.
    ["2026-03-29", "00:00", "Europe/London", "2026-03-29T00:00:00.000Z"],
    ["2026-03-29", "03:00", "Europe/London", "2026-03-29T02:00:00.000Z"],
    ["2026-10-25", "00:00", "Europe/London", "2026-10-24T23:00:00.000Z"],
    ["2026-10-25", "03:00", "Europe/London", "2026-10-25T03:00:00.000Z"],
    ["2026-03-08", "12:00", "America/New_York", "2026-03-08T16:00:00.000Z"],
    ["2026-11-01", "00:00", "America/New_York", "2026-11-01T04:00:00.000Z"],
  ])("%s %s in %s is %s", (date, time, zone, iso) => {
    expect(zonedInstant(date, time, zone).toISOString()).toBe(iso)
  })

  it("takes the first of the two 01:30s when clocks go back", () => {
    expect(zonedInstant("2026-10-25", "01:30", "Europe/London").toISOString()).toBe("2026-10-25T00:30:00.000Z")
    // Far from UTC too: Auckland's 02:30 on 5 April 2026 is first at +13.
    expect(zonedInstant("2026-04-05", "02:30", "Pacific/Auckland").toISOString()).toBe("2026-04-04T13:30:00.000Z")
  })

  it("moves a time that does not exist (clocks going forward) past the gap", () => {
    expect(zonedInstant("2026-03-29", "01:30", "Europe/London").toISOString()).toBe("2026-03-29T01:30:00.000Z")
  })
})

describe("nextDate", () => {
  it("crosses months and years", () => {
    expect(nextDate("2026-02-28")).toBe("2026-03-01")
    expect(nextDate("2026-12-31")).toBe("2027-01-01")
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
