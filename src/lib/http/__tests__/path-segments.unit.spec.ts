import { badPathSegment, pathOf } from "../path-segments"

describe("badPathSegment", () => {
  it.each([
    ["/store/practitioners/nomvula-dlamini/slots"],
    ["/store/practitioners/caf%C3%A9"],
    ["/vendor/schedule/overrides/2026-12-07"],
    ["/store/practitioners/a%2Fb"],
    ["/"],
  ])("accepts %s", (path) => {
    expect(badPathSegment(path)).toBeNull()
  })

  it.each([
    ["/store/practitioners/%", /"%" is not valid percent-encoding/],
    ["/store/practitioners/%E0%A4%A/slots", /"%E0%A4%A" is not valid percent-encoding/],
    ["/admin/bookings/bkg%00x", /"bkg%00x" contains a NUL/],
    ["/store/practitioners/%ED%A0%80", /"%ED%A0%80" is not valid percent-encoding/],
  ])("refuses %s, naming the segment", (path, message) => {
    expect(badPathSegment(path)).toMatch(message)
  })

  it("shortens a long segment in its message", () => {
    expect(badPathSegment(`/store/${"a".repeat(500)}%`)!.length).toBeLessThan(200)
  })
})

describe("pathOf", () => {
  it("drops the query string", () => {
    expect(pathOf("/store/practitioners?q=%00")).toBe("/store/practitioners")
    expect(pathOf("/store/practitioners")).toBe("/store/practitioners")
  })
})
