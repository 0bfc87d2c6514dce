import { money, sessionTimes, timeInZone, zoneAbbreviation } from "../zoned-format"

describe("writing session times in a zone", () => {
  it.each([
    ["2026-03-25T07:00:00Z", "2026-03-25T08:00:00Z", "Africa/Johannesburg", "Wed 25 Mar, 09:00–10:00 GMT+2"],
    ["2026-03-25T03:30:00Z", "2026-03-25T04:30:00Z", "Asia/Kolkata", "Wed 25 Mar, 09:00–10:00 GMT+5:30"],
    ["2026-03-28T09:00:00Z", "2026-03-28T10:00:00Z", "Europe/London", "Sat 28 Mar, 09:00–10:00 GMT"],
    ["2026-03-29T09:00:00Z", "2026-03-29T10:00:00Z", "Europe/London", "Sun 29 Mar, 10:00–11:00 BST"],
    ["2026-03-25T18:00:00Z", "2026-03-25T19:00:00Z", "Asia/Kolkata", "Wed 25 Mar, 23:30–Thu 26 Mar, 00:30 GMT+5:30"],
  ])("%s–%s in %s", (startsAt, endsAt, zone, expected) => {
    expect(sessionTimes(startsAt, endsAt, zone)).toBe(expected)
  })

  it("names the zone as it is at that instant, on both sides of a change", () => {
    expect(zoneAbbreviation("2026-10-25T00:30:00Z", "Europe/London")).toBe("BST")
    expect(zoneAbbreviation("2026-10-25T01:30:00Z", "Europe/London")).toBe("GMT")
    expect(timeInZone("2026-10-25T00:30:00Z", "Europe/London")).toBe(timeInZone("2026-10-25T01:30:00Z", "Europe/London"))
  })

  it("writes amounts with their currency", () => {
    const spaced = (text: string) => text.replace(/\u00a0/g, " ")
    expect(spaced(money(450, "zar"))).toBe("ZAR 450.00")
    expect(spaced(money(30, "usd"))).toBe("US$30.00")
    expect(money(12.5, null)).toBe("12.50")
  })
})
