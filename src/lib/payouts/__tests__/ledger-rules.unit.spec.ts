import { earningVerdict } from "../earning-release"
import { currencyDecimals, fromMinorUnits, proportionOf } from "../money"
import { payoutSettings } from "../payout-settings"
import { planLineRefunds } from "../refund-plan"
import { refundSplit, spreadRefund } from "../refund-split"
import { saleEntries, SoldOrderLine } from "../sale-entries"
import { payoutStatementPdf } from "../statement-pdf"

const DAY = 86_400_000

describe("money in minor units", () => {
  it("writes cents back as exact decimals, negative ones too, and zero-decimal currencies whole", () => {
    expect([fromMinorUnits(12345), fromMinorUnits(-5), fromMinorUnits(0), fromMinorUnits(700, 0)]).toEqual([
      "123.45",
      "-0.05",
      "0.00",
      "700",
    ])
    expect([currencyDecimals("ZAR"), currencyDecimals("jpy")]).toEqual([2, 0])
    expect(() => fromMinorUnits(1.5)).toThrow(RangeError)
  })

  it("takes a proportion rounded half up without floats, even for amounts past 2^53 when multiplied", () => {
    expect(proportionOf(101, 1, 2)).toBe(51)
    expect(proportionOf(100, 1, 3)).toBe(33)
    expect(proportionOf(9_007_199_254_740, 999_999, 1_000_000)).toBe(9_007_190_247_541)
    expect(proportionOf(5, 1, 0)).toBe(0)
  })
})

describe("sale entries", () => {
  const line = (over: Partial<SoldOrderLine>): SoldOrderLine => ({
    line_item_id: "line",
    practitioner_id: "prac_a",
    purchase: "crystal",
    product_id: "prod",
    category_ids: [],
    booking_id: null,
    event_date_id: null,
    event_date_ends_at: null,
    total: "0",
    tax_total: "0",
    ...over,
  })

  it("splits each practitioner's line on its base after discounts without tax, and gives the house nothing", () => {
    const entries = saleEntries(
      [
        line({ line_item_id: "a", total: "402.50", tax_total: "52.50" }),
        line({
          line_item_id: "b",
          practitioner_id: "prac_b",
          purchase: "ticket",
          total: "333.33",
          tax_total: "43.48",
          category_ids: ["events"],
        }),
        line({ line_item_id: "house", practitioner_id: null, total: "100", tax_total: "13.04" }),
      ],
      [{ practitioner_id: null, category_id: "events", rate_bps: 1000 }],
      "zar"
    )
    expect(entries.map((e) => [e.line_item_id, e.gross, e.rate_bps, e.commission, e.share, e.line_total])).toEqual([
      ["a", "350.00", 1500, "52.50", "297.50", "402.50"],
      ["b", "289.85", 1000, "28.99", "260.86", "333.33"],
    ])
  })

  it("gives a line that a promotion made free zero, never a negative payout", () => {
    const [entry] = saleEntries([line({ total: "0", tax_total: "0" })], [], "zar")
    expect([entry.gross, entry.commission, entry.share]).toEqual(["0.00", "0.00", "0.00"])
  })

  it("takes the platform's own rule (neither practitioner nor category) as the default", () => {
    const [entry] = saleEntries(
      [line({ total: "100", tax_total: "0" })],
      [{ practitioner_id: null, category_id: null, rate_bps: 2000 }],
      "zar"
    )
    expect([entry.rate_bps, entry.commission]).toEqual([2000, "20.00"])
  })
})

describe("refundSplit", () => {
  const sold = { base: 10_101, rate_bps: 1500, line_total: 11_616 }
  const sale = { commission: Math.floor((10_101 * 1500 + 5000) / 10000), share: 10_101 - Math.floor((10_101 * 1500 + 5000) / 10000) }

  it("gives back exactly the sale when partial refunds add up to the whole line, whatever the rounding", () => {
    const parts = [3872, 3872, 3872]
    let before = 0
    const splits = parts.map((part) => {
      const split = refundSplit(sold, before, part)
      before += part
      return split
    })
    expect(splits.reduce((sum, s) => sum + s.gross, 0)).toBe(-10_101)
    expect(splits.reduce((sum, s) => sum + s.commission, 0)).toBe(-sale.commission)
    expect(splits.reduce((sum, s) => sum + s.share, 0)).toBe(-sale.share)
    for (const split of splits) expect(split.gross).toBe(split.commission + split.share)
  })

  it("takes back half for a 50 % refund and never more than the line, however much is refunded", () => {
    expect(refundSplit(sold, 0, 5808)).toMatchObject({ refunded: 5808, gross: -5051 })
    expect(refundSplit(sold, 5808, 99_999)).toMatchObject({ refunded: 5808, gross: -5050 })
    expect(refundSplit(sold, 11_616, 100)).toEqual({ refunded: 0, gross: -0, commission: -0, share: -0 })
  })

  it("spreads a refund that names no line over the lines in proportion, shipping left to the platform", () => {
    const spread = spreadRefund(
      5000,
      20_000,
      new Map([
        ["a", 10_000],
        ["b", 6_000],
      ])
    )
    expect([...spread]).toEqual([
      ["a", 2500],
      ["b", 1500],
    ])
  })
})

describe("earningVerdict", () => {
  const now = new Date("2026-12-03T10:00:00Z")
  const ends = new Date("2026-12-01T10:00:00Z")

  it("earns a completed session its end plus the hold, holds a no-show for staff, and waits for the rest", () => {
    expect(earningVerdict({ purchase: "session", booking_status: "completed", ends_at: ends, cancelled_at: null }, 7, now)).toEqual({
      status: "earned",
      available_at: new Date(ends.getTime() + 7 * DAY),
      reason: "Session completed",
    })
    expect(earningVerdict({ purchase: "session", booking_status: "no_show", ends_at: ends, cancelled_at: null }, 7, now).status).toBe(
      "held"
    )
    expect(earningVerdict({ purchase: "session", booking_status: "confirmed", ends_at: ends, cancelled_at: null }, 7, now).status).toBe(
      "pending"
    )
    const cancelledAt = new Date("2026-11-20T08:00:00Z")
    expect(
      earningVerdict({ purchase: "session", booking_status: "cancelled", ends_at: ends, cancelled_at: cancelledAt }, 7, now).available_at
    ).toEqual(new Date(cancelledAt.getTime() + 7 * DAY))
  })

  it("earns a ticket from its date's end plus the hold and a crystal 14 days after shipping", () => {
    expect(earningVerdict({ purchase: "ticket", date_ends_at: ends }, 3, now).available_at).toEqual(new Date(ends.getTime() + 3 * DAY))
    expect(earningVerdict({ purchase: "crystal", shipped_at: null }, 7, now).status).toBe("pending")
    expect(earningVerdict({ purchase: "crystal", shipped_at: ends }, 7, now).available_at).toEqual(new Date(ends.getTime() + 14 * DAY))
  })
})

describe("payoutSettings", () => {
  it("reads the hold, minimum and schedule, falling back to the defaults on nonsense", () => {
    expect(payoutSettings({})).toEqual({ holdDays: 7, minimum: "10", schedule: "0 6 * * 1" })
    expect(payoutSettings({ PAYOUT_HOLD_DAYS: "3", PAYOUT_MINIMUM: "250.50", PAYOUT_SCHEDULE: "0 8 * * *" })).toEqual({
      holdDays: 3,
      minimum: "250.50",
      schedule: "0 8 * * *",
    })
    expect(payoutSettings({ PAYOUT_HOLD_DAYS: "-1", PAYOUT_MINIMUM: "ten" })).toMatchObject({ holdDays: 7, minimum: "10" })
  })
})

describe("payoutStatementPdf", () => {
  it("makes a PDF with the payout's lines", async () => {
    const pdf = await payoutStatementPdf({
      issuer: { name: "Avenrae (Pty) Ltd", address: "1 Long Street, Cape Town", tax_number: "4123456789" },
      practitioner: { display_name: "Nomvula Dlamini", email: "nomvula@avenrae.test", city: "Durban", country_code: "za" },
      payout: {
        id: "pout_1",
        currency_code: "zar",
        amount: "297.50",
        status: "paid",
        provider: "manual",
        created_at: "2026-12-01T06:00:00Z",
        paid_at: "2026-12-02T09:00:00Z",
        reference: "EFT-1",
        transfer_id: null,
      },
      lines: [
        {
          created_at: "2026-11-20T10:00:00Z",
          kind: "sale",
          purchase: "session",
          order: "#1042",
          gross: "350.00",
          rate_bps: 1500,
          commission: "52.50",
          share: "297.50",
        },
      ],
    })
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-")
    expect(pdf.length).toBeGreaterThan(1000)
  })
})

describe("planLineRefunds", () => {
  const lines = [
    { earning_id: "earn_a", line_item_id: "line_a", base: 35_000, rate_bps: 1500, line_total: 40_250 },
    { earning_id: "earn_b", line_item_id: "line_b", base: 10_000, rate_bps: 1000, line_total: 11_500 },
  ]

  it("takes a named line's refund from that line only, and spreads an unnamed one over the lines", () => {
    const plan = planLineRefunds(
      [
        { id: "re_1", amount: 20_125, line: { line_item_id: "line_a", amount: 20_125 } },
        { id: "re_2", amount: 5_000, line: null },
      ],
      lines,
      60_000,
      new Map()
    )
    expect(plan.map((p) => [p.key, p.refunded, p.gross])).toEqual([
      ["refund:re_1:earn_a", 20_125, -17_500],
      ["refund:re_2:earn_a", 3354, -2917],
      ["refund:re_2:earn_b", 958, -833],
    ])
  })

  it("plans nothing again for what is recorded, but counts it, so a rerun and the first run agree", () => {
    const refunds = [
      { id: "re_1", amount: 13_417, line: { line_item_id: "line_a", amount: 13_417 } },
      { id: "re_2", amount: 13_417, line: { line_item_id: "line_a", amount: 13_417 } },
    ]
    const first = planLineRefunds(refunds, lines, 60_000, new Map())
    const rerun = planLineRefunds(refunds, lines, 60_000, new Map([[first[0].key, first[0].refunded]]))
    expect(rerun).toEqual([first[1]])
  })
})
