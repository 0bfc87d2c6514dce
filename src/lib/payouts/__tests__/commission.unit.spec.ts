import { CommissionRule, commissionRateFor, PLATFORM_COMMISSION_BPS, splitLine, toMinorUnits } from "../commission"

const rule = (practitioner_id: string | null, category_id: string | null, rate_bps: number): CommissionRule => ({
  practitioner_id,
  category_id,
  rate_bps,
})

describe("commissionRateFor", () => {
  const rules = [rule(null, "sessions", 2000), rule(null, "events", 1000), rule("prac_a", null, 1200), rule("prac_a", "events", 800)]

  it("takes the most specific rule: practitioner and category, practitioner, category, then the platform's", () => {
    expect(commissionRateFor(rules, { practitioner_id: "prac_a", category_ids: ["events"] })).toEqual({
      rate_bps: 800,
      source: "practitioner_category",
    })
    expect(commissionRateFor(rules, { practitioner_id: "prac_a", category_ids: ["sessions"] })).toEqual({
      rate_bps: 1200,
      source: "practitioner",
    })
    expect(commissionRateFor(rules, { practitioner_id: "prac_b", category_ids: ["sessions"] })).toEqual({
      rate_bps: 2000,
      source: "category",
    })
    expect(commissionRateFor(rules, { practitioner_id: "prac_b", category_ids: ["crystals"] })).toEqual({
      rate_bps: PLATFORM_COMMISSION_BPS,
      source: "platform",
    })
  })

  it("takes the lowest rate when a product's categories have several", () => {
    expect(commissionRateFor(rules, { practitioner_id: "prac_b", category_ids: ["sessions", "events"] })).toEqual({
      rate_bps: 1000,
      source: "category",
    })
  })
})

describe("toMinorUnits", () => {
  it("reads the decimal digits, never a float product", () => {
    expect(toMinorUnits("402.5")).toBe(40250)
    expect(toMinorUnits(1.005)).toBe(101)
    expect(toMinorUnits("0.1")).toBe(10)
    expect(toMinorUnits("19.994")).toBe(1999)
    expect(toMinorUnits("-3.25")).toBe(-325)
    expect(toMinorUnits("1000000")).toBe(100000000)
    expect(() => toMinorUnits("1e3")).toThrow(/not a decimal amount/)
  })
})

describe("splitLine", () => {
  it("rounds the commission half up to the cent and gives the rest to the practitioner, exactly", () => {
    expect(splitLine(35000, 1500)).toEqual({ commission: 5250, share: 29750 })
    // 33.33 × 15 % = 4.9995 → 5.00
    expect(splitLine(3333, 1500)).toEqual({ commission: 500, share: 2833 })
    // 0.03 × 15 % = 0.0045 → 0.00
    expect(splitLine(3, 1500)).toEqual({ commission: 0, share: 3 })
  })

  it("adds up to the base for any line, so every order's shares and commission are its lines' bases", () => {
    for (let base = 0; base < 5000; base += 7) {
      for (const rate of [0, 1, 999, 1500, 3333, 10000]) {
        const { commission, share } = splitLine(base, rate)
        expect(commission + share).toBe(base)
        expect(commission).toBeGreaterThanOrEqual(0)
        expect(share).toBeGreaterThanOrEqual(0)
      }
    }
  })

  it("pays nothing on a line a promotion made free, and refuses rates out of range", () => {
    expect(splitLine(0, 1500)).toEqual({ commission: 0, share: 0 })
    expect(splitLine(-500, 1500)).toEqual({ commission: 0, share: 0 })
    expect(() => splitLine(100, 10001)).toThrow(/0 to 10000/)
    expect(() => splitLine(10.5, 1500)).toThrow(/whole minor units/)
  })
})
