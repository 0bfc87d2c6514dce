import { ORDER_CONFIRMATION_GRACE_MS, settleStaleHolds } from "../settle-holds"

const now = new Date("2026-03-02T10:00:00Z")
const ago = (ms: number) => new Date(now.getTime() - ms)

describe("settleStaleHolds", () => {
  it("expires stale holds whose carts never became orders, and holds without a cart", () => {
    const settlement = settleStaleHolds({
      holds: [
        { id: "bkg_1", cart_id: "cart_1" },
        { id: "bkg_2", cart_id: null },
      ],
      placed: [],
      now,
    })
    expect(settlement).toEqual({ expire: ["bkg_1", "bkg_2"], confirm_orders: [] })
  })

  it("never expires a hold whose cart became an order, and confirms that order once past the grace", () => {
    const settlement = settleStaleHolds({
      holds: [
        { id: "bkg_1", cart_id: "cart_1" },
        { id: "bkg_2", cart_id: "cart_1" },
        { id: "bkg_3", cart_id: "cart_2" },
      ],
      placed: [{ cart_id: "cart_1", order_id: "order_1", placed_at: ago(ORDER_CONFIRMATION_GRACE_MS) }],
      now,
    })
    expect(settlement).toEqual({ expire: ["bkg_3"], confirm_orders: ["order_1"] })
  })

  it("leaves a just-placed order's holds to its own order.placed subscriber", () => {
    const settlement = settleStaleHolds({
      holds: [{ id: "bkg_1", cart_id: "cart_1" }],
      placed: [{ cart_id: "cart_1", order_id: "order_1", placed_at: ago(ORDER_CONFIRMATION_GRACE_MS - 1) }],
      now,
    })
    expect(settlement).toEqual({ expire: [], confirm_orders: [] })
  })
})
