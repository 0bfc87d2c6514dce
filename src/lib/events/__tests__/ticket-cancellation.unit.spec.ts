import {
  ticketCancelProblem,
  ticketPolicyFor,
  ticketRefund,
  ticketRefundPercent,
  ticketShare,
  PLATFORM_TICKET_POLICY,
} from "../ticket-cancellation"

const HOUR = 3_600_000
const START = new Date("2027-01-15T17:00:00Z")
const before = (hours: number) => new Date(START.getTime() - hours * HOUR)

describe("the ticket refund policy", () => {
  it("refunds in full until 7 days before and nothing after, by default", () => {
    expect(ticketRefundPercent(PLATFORM_TICKET_POLICY, START, before(168), "customer")).toBe(100)
    expect(ticketRefundPercent(PLATFORM_TICKET_POLICY, START, before(167), "customer")).toBe(0)
  })

  it("refunds in full when the host or staff cancel", () => {
    expect(ticketRefundPercent(PLATFORM_TICKET_POLICY, START, before(1), "practitioner")).toBe(100)
    expect(ticketRefundPercent(PLATFORM_TICKET_POLICY, START, before(1), "staff")).toBe(100)
  })

  it("takes the host's own tiers when they are valid, the platform's otherwise", () => {
    const own = { refund_tiers: [{ hours_before: 48, percent: 50 }] }
    expect(ticketPolicyFor(own)).toEqual(own)
    expect(ticketPolicyFor(null)).toBe(PLATFORM_TICKET_POLICY)
    expect(ticketPolicyFor({ refund_tiers: [] })).toBe(PLATFORM_TICKET_POLICY)
    expect(ticketPolicyFor({ refund_tiers: [{ hours_before: 1, percent: 150 }] })).toBe(PLATFORM_TICKET_POLICY)
    expect(ticketPolicyFor({ refund_tiers: "all" })).toBe(PLATFORM_TICKET_POLICY)
  })
})

describe("ticketShare", () => {
  it("splits a line so its tickets add up to the line's total to the cent", () => {
    const shares = [1, 2, 3].map((nth) => ticketShare(100, 3, nth))
    expect(shares).toEqual([33.33, 33.34, 33.33])
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 10)
    expect(ticketShare(805, 2, 1)).toBe(402.5)
  })

  it("rounds a partial refund to the cent", () => {
    expect(ticketRefund(402.5, 50)).toBe(201.25)
    expect(ticketRefund(33.33, 50)).toBe(16.67)
    expect(ticketRefund(350, 0)).toBe(0)
  })
})

describe("ticketCancelProblem", () => {
  const ticket = { status: "valid", date_status: "scheduled", starts_at: START }
  it("lets a valid ticket be cancelled until its date starts", () => {
    expect(ticketCancelProblem(ticket, before(1), "customer")).toBeUndefined()
    expect(ticketCancelProblem(ticket, START, "customer")).toMatch(/already started/)
    expect(ticketCancelProblem(ticket, START, "staff")).toBeUndefined()
  })

  it("refuses a ticket checked in, cancelled or refunded", () => {
    expect(ticketCancelProblem({ ...ticket, status: "checked_in" }, before(1), "staff")).toMatch(/checked in/)
    expect(ticketCancelProblem({ ...ticket, status: "refunded" }, before(1), "customer")).toBe("This ticket is already refunded.")
  })
})
