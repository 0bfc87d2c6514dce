import { handleFromName } from "../handle"
import { isKnownTimeZone } from "../time-zone"

describe("isKnownTimeZone", () => {
  it.each([
    ["Africa/Johannesburg", true],
    ["Europe/London", true],
    ["America/New_York", true],
    ["Asia/Kolkata", true],
    ["America/Argentina/Buenos_Aires", true],
    ["UTC", true],
    ["Mars/Olympus_Mons", false],
    ["Africa/Durban", false],
    ["", false],
    ["+02:00", false],
    ["Europe/London; DROP TABLE", false],
  ])("%s → %s", (zone, known) => {
    expect(isKnownTimeZone(zone)).toBe(known)
  })
})

describe("handleFromName", () => {
  it.each([
    ["Nomvula Dlamini-Khumalo", "nomvula-dlamini-khumalo"],
    ["  Zoë   Ångström ", "zoe-angstrom"],
    ["Mama Thandeka (Sangoma)", "mama-thandeka-sangoma"],
    ["---", ""],
  ])("%s → %s", (name, handle) => {
    expect(handleFromName(name)).toBe(handle)
  })

  it("keeps handles to 60 characters without a trailing dash", () => {
    const handle = handleFromName("a".repeat(59) + " b")
    expect(handle.length).toBeLessThanOrEqual(60)
    expect(handle.endsWith("-")).toBe(false)
  })
})
