import { BOOK_WITH_A_TIME, HeldBookingView, ONE_SESSION_PER_LINE, sessionLineProblem } from "../cart-holds"

const now = new Date("2026-12-01T08:00:00Z")
const line = { id: "cali_1", title: "Healing session (1 hour)", variant_id: "variant_1", quantity: 1 }
const held: HeldBookingView = {
  id: "bkg_1",
  status: "held",
  cart_id: "cart_1",
  variant_id: "variant_1",
  starts_at: "2026-12-07T08:00:00Z",
  hold_expires_at: "2026-12-01T08:10:00Z",
  customer_timezone: "Africa/Johannesburg",
}

describe("sessionLineProblem", () => {
  it("accepts a live hold of this cart", () => {
    expect(sessionLineProblem(line, held, "cart_1", now)).toBeUndefined()
  })

  it.each<[string, HeldBookingView | undefined, string, RegExp | string, typeof line]>([
    ["no booking", undefined, "cart_1", BOOK_WITH_A_TIME, line],
    ["another cart's booking", held, "cart_2", BOOK_WITH_A_TIME, line],
    ["a booking of another variant", { ...held, variant_id: "variant_2" }, "cart_1", BOOK_WITH_A_TIME, line],
    ["two of one session", held, "cart_1", ONE_SESSION_PER_LINE, { ...line, quantity: 2 }],
    [
      "an expired hold",
      { ...held, hold_expires_at: "2026-12-01T07:59:59Z" },
      "cart_1",
      /hold on Healing session \(1 hour\) on Mon 7 Dec, 10:00 \(Africa\/Johannesburg\) has expired/,
      line,
    ],
    ["a released hold", { ...held, status: "cancelled" }, "cart_1", /no longer held/, line],
  ])("refuses %s in words", (_case, booking, cartId, message, sessionLine) => {
    expect(sessionLineProblem(sessionLine, booking, cartId, now)).toMatch(message)
  })
})
