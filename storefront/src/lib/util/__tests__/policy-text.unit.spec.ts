import { refundRules } from "../policy-text"

describe("refundRules", () => {
  it("reads the platform's tiers from the earliest", () => {
    expect(
      refundRules([
        { hours_before: 12, percent: 50 },
        { hours_before: 24, percent: 100 },
        { hours_before: 0, percent: 0 },
      ])
    ).toEqual([
      "24 hours or more before: 100 % refunded",
      "12 to 24 hours before: 50 % refunded",
      "Less than 12 hours before: 0 % refunded",
    ])
  })

  it("says that nothing is refunded below the lowest tier", () => {
    expect(refundRules([{ hours_before: 48, percent: 100 }])).toEqual([
      "48 hours or more before: 100 % refunded",
      "Less than 48 hours before: no refund",
    ])
  })
})
