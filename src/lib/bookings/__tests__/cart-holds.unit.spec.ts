import { BOOK_WITH_A_TIME, sessionLineProblem } from "../cart-holds"

const now = new Date("2026-12-01T08:00:00Z")
const line = { title: "Healing session (1 hour)", variant_id: "variant_1", metadata: { booking_id: "bkg_1" } }
const held = {
  id: "bkg_1",
  status: "held",
  cart_id: "cart_1",
  variant_id: "variant_1",
  starts_at: "2026-12-07T08:00:00Z",
  hold_expires_at: "2026-12-01T08:10:00Z",
}

describe("sessionLineProblem", () => {
  it("accepts a live hold of this cart", () => {
    expect(sessionLineProblem(line, held, "cart_1", now, "Africa/Johannesburg")).toBeUndefined()
  })

  it.each([
    ["no booking", undefined, "cart_1", BOOK_WITH_A_TIME],
    ["another cart's booking", held, "cart_2", BOOK_WITH_A_TIME],
    ["a booking of another variant", { ...held, variant_id: "variant_2" }, "cart_1", BOOK_WITH_A_TIME],
    ["an expired hold", { ...held, hold_expires_at: "2026-12-01T07:59:59Z" }, "cart_1", /hold on Healing session \(1 hour\) on Mon 7 Dec, 10:00 \(Africa\/Johannesburg\) has expired/],
    ["a released hold", { ...held, status: "cancelled" }, "cart_1", /no longer held/],
  ])("refuses %s in words", (_case, booking, cartId, message) => {
    expect(sessionLineProblem(line, booking as never, cartId as string, now, "Africa/Johannesburg")).toMatch(message as never)
  })
})
