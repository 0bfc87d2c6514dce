import { unneededShippingMethods } from "../workflows/drop-unneeded-shipping"

describe("unneededShippingMethods", () => {
  it("drops every method once nothing in the cart is shipped", () => {
    expect(unneededShippingMethods({ items: [{ requires_shipping: false }], shipping_methods: [{ id: "sm_1" }] })).toEqual(["sm_1"])
    expect(unneededShippingMethods({ items: [], shipping_methods: [{ id: "sm_1" }, { id: "sm_2" }] })).toEqual(["sm_1", "sm_2"])
  })

  it("keeps them while anything is shipped, and has nothing to drop without methods", () => {
    expect(
      unneededShippingMethods({ items: [{ requires_shipping: false }, { requires_shipping: true }], shipping_methods: [{ id: "sm_1" }] })
    ).toEqual([])
    expect(unneededShippingMethods({ items: [{ requires_shipping: false }], shipping_methods: [] })).toEqual([])
    expect(unneededShippingMethods(undefined)).toEqual([])
  })
})
