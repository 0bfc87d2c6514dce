import { pairHoldsWithOrderLines } from "../order-lines"

const booking = (id: string, line: string | null, variant = "var_1") => ({ id, variant_id: variant, line_item_id: line })
const line = (id: string, variant: string | null, unit_price: number, quantity = 1) => ({ id, variant_id: variant, unit_price, quantity })

describe("pairHoldsWithOrderLines", () => {
  it("pairs each session with the order line made from its cart line", () => {
    const pairs = pairHoldsWithOrderLines(
      [booking("bkg_1", "cali_1"), booking("bkg_2", "cali_2", "var_2")],
      [line("cali_1", "var_1", 500), line("cali_2", "var_2", 700), line("cali_3", "var_crystal", 100)],
      [line("ordli_c", "var_crystal", 100), line("ordli_2", "var_2", 700), line("ordli_1", "var_1", 500)]
    )
    expect(Object.fromEntries(pairs)).toEqual({ bkg_1: "ordli_1", bkg_2: "ordli_2" })
  })

  it("gives two sessions of one offering two different lines, by price", () => {
    const pairs = pairHoldsWithOrderLines(
      [booking("bkg_1", "cali_1"), booking("bkg_2", "cali_2")],
      [line("cali_1", "var_1", 500), line("cali_2", "var_1", 450)],
      [line("ordli_a", "var_1", 450), line("ordli_b", "var_1", 500)]
    )
    expect(Object.fromEntries(pairs)).toEqual({ bkg_1: "ordli_b", bkg_2: "ordli_a" })
  })

  it.each([
    ["its cart line is gone", [booking("bkg_1", "cali_9")]],
    ["it has no cart line", [booking("bkg_1", null)]],
    ["its cart line is another variant", [booking("bkg_1", "cali_1", "var_other")]],
  ])("leaves a session out when %s", (_case, bookings) => {
    expect(pairHoldsWithOrderLines(bookings, [line("cali_1", "var_1", 500)], [line("ordli_1", "var_1", 500)]).size).toBe(0)
  })

  it("never pairs with an order line of quantity 2, nor uses one line twice", () => {
    expect(
      pairHoldsWithOrderLines([booking("bkg_1", "cali_1")], [line("cali_1", "var_1", 500)], [line("ordli_1", "var_1", 500, 2)]).size
    ).toBe(0)
    const pairs = pairHoldsWithOrderLines(
      [booking("bkg_1", "cali_1"), booking("bkg_2", "cali_2")],
      [line("cali_1", "var_1", 500), line("cali_2", "var_1", 500)],
      [line("ordli_1", "var_1", 500)]
    )
    expect([...pairs.values()]).toEqual(["ordli_1"])
  })

  it("pairs a hold of several seats only with an order line of that many", () => {
    const seats = { id: "seat_1", variant_id: "var_t", line_item_id: "cali_t", quantity: 2 }
    const cart = [line("cali_t", "var_t", 350, 2)]
    expect(
      Object.fromEntries(pairHoldsWithOrderLines([seats], cart, [line("ordli_3", "var_t", 350, 3), line("ordli_2", "var_t", 350, 2)]))
    ).toEqual({
      seat_1: "ordli_2",
    })
    expect(pairHoldsWithOrderLines([seats], [line("cali_t", "var_t", 350, 3)], [line("ordli_3", "var_t", 350, 3)]).size).toBe(0)
  })
})
