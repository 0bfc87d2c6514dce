import { orderConfirmation } from "../order-confirmation"

describe("orderConfirmation", () => {
  const order = {
    id: "order_1",
    display_id: 42,
    email: "thandi@example.com",
    currency_code: "zar",
    total: "911.95",
    items: [{ title: "Amethyst Cluster", variant_title: "Small (6–8 cm)", quantity: 2, total: "802.7" }, null],
  }

  it("addresses the shopper once per order, with the lines and total as numbers", () => {
    expect(orderConfirmation(order)).toEqual({
      to: "thandi@example.com",
      channel: "email",
      template: "order-placed",
      trigger_type: "order.placed",
      resource_id: "order_1",
      resource_type: "order",
      idempotency_key: "order-confirmation:order_1",
      data: {
        order_id: "order_1",
        display_id: 42,
        currency_code: "zar",
        total: 911.95,
        items: [{ title: "Amethyst Cluster (Small (6–8 cm))", quantity: 2, total: 802.7 }],
      },
    })
  })

  it("sends nothing for an order without an email", () => {
    expect(orderConfirmation({ ...order, email: null })).toBeUndefined()
  })
})
