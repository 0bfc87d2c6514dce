import { findLowStock } from "../low-stock"

const level = (id: string, stocked: number, reserved: number) => ({
  inventory_item_id: id,
  stocked_quantity: stocked,
  reserved_quantity: reserved,
})

describe("findLowStock", () => {
  it("sums stocked and reserved over locations before comparing", () => {
    const result = findLowStock([level("a", 3, 0), level("a", 4, 0), level("b", 6, 2)], 5)
    expect(result).toEqual([{ inventory_item_id: "b", stocked: 6, reserved: 2, available: 4 }])
  })

  it.each([
    [5, 0, true],
    [6, 0, false],
    [6, 1, true],
    [0, 0, true],
  ])("stocked %i, reserved %i → low at threshold 5: %s", (stocked, reserved, low) => {
    expect(findLowStock([level("x", stocked, reserved)], 5).length).toBe(low ? 1 : 0)
  })

  it("orders the lowest availability first, then by id", () => {
    const result = findLowStock([level("c", 2, 0), level("a", 0, 0), level("b", 2, 0)], 5)
    expect(result.map((r) => r.inventory_item_id)).toEqual(["a", "b", "c"])
  })

  it("reads Medusa's BigNumber-style quantities", () => {
    const result = findLowStock(
      [
        {
          inventory_item_id: "z",
          stocked_quantity: { value: "4", precision: 20 } as never,
          reserved_quantity: "1",
        },
      ],
      5
    )
    expect(result[0].available).toBe(3)
  })
})
