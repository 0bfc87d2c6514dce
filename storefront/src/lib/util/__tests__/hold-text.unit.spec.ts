import { heldMessage } from "../hold-text"

describe("heldMessage", () => {
  const answeredAt = Date.parse("2026-12-07T09:00:00.000Z")
  const after = (ms: number) => new Date(answeredAt + ms).toISOString()

  it.each([
    // the hold's expiry, as long after the answer as…, says…
    ["15 minutes", after(15 * 60_000), "within 15 minutes"],
    ["15 minutes less the moment the answer took", after(15 * 60_000 - 1_500), "within 15 minutes"],
    ["15 minutes and a little clock difference", after(15 * 60_000 + 20_000), "within 15 minutes"],
    ["BOOKING_HOLD_MINUTES=30", after(30 * 60_000 - 800), "within 30 minutes"],
    ["BOOKING_HOLD_MINUTES=5", after(5 * 60_000), "within 5 minutes"],
    ["one minute", after(60_000 - 900), "within 1 minute "],
  ])("a hold for %s: check out %s", (_, expiresAt, words) => {
    expect(heldMessage(expiresAt, answeredAt)).toContain(`Check out ${words}`)
  })

  it("reads the whole sentence a shopper sees", () => {
    expect(heldMessage(after(20 * 60_000), answeredAt)).toBe("Held for you. Check out within 20 minutes to keep this time.")
  })

  it.each([
    ["no expiry", null],
    ["an expiry it cannot read", "soon"],
    ["under half a minute left", after(25_000)],
    ["an expiry already past", after(-60_000)],
  ])("promises no number of minutes for %s", (_, expiresAt) => {
    expect(heldMessage(expiresAt, answeredAt)).toBe("Held for you. Check out soon to keep this time.")
  })
})
