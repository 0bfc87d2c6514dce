import { cancelProblem, PLATFORM_POLICY, policyFor, refundAmount, refundPercent, rescheduleProblem } from "../policy"

const start = new Date("2026-12-07T10:00:00Z")
const hoursBefore = (h: number) => new Date(start.getTime() - h * 3_600_000)

describe("refundPercent", () => {
  it.each([
    [30, 100],
    [24, 100],
    [23.9, 50],
    [18, 50],
    [12, 50],
    [11.9, 0],
    [6, 0],
    [-1, 0],
  ])("a shopper cancelling %d h before gets %d %%", (hours, percent) => {
    expect(refundPercent(PLATFORM_POLICY, start, hoursBefore(hours), "customer")).toBe(percent)
  })

  it("refunds everything when the practitioner or staff cancel, however late", () => {
    expect(refundPercent(PLATFORM_POLICY, start, hoursBefore(1), "practitioner")).toBe(100)
    expect(refundPercent(PLATFORM_POLICY, start, hoursBefore(1), "staff")).toBe(100)
  })

  it("follows a practitioner's own tiers", () => {
    const strict = policyFor({
      refund_tiers: [
        { hours_before: 48, percent: 100 },
        { hours_before: 0, percent: 0 },
      ],
    })
    expect(refundPercent(strict, start, hoursBefore(30), "customer")).toBe(0)
    expect(strict.max_reschedules).toBe(2)
  })
})

describe("refundAmount", () => {
  it("rounds to cents", () => {
    expect(refundAmount(747.5, 50)).toBe(373.75)
    expect(refundAmount(99.99, 50)).toBe(50)
    expect(refundAmount(650, 0)).toBe(0)
  })
})

describe("rescheduleProblem", () => {
  const booking = { starts_at: start, reschedule_count: 0, status: "confirmed" }
  it("allows a move 12 h or more before, twice", () => {
    expect(rescheduleProblem(PLATFORM_POLICY, booking, hoursBefore(12))).toBeUndefined()
    expect(rescheduleProblem(PLATFORM_POLICY, { ...booking, reschedule_count: 1 }, hoursBefore(40))).toBeUndefined()
  })
  it.each([
    [{ ...booking }, 11, /until 12 hours before/],
    [{ ...booking, reschedule_count: 2 }, 40, /moved 2 times/],
    [{ ...booking, status: "cancelled" }, 40, /Only a confirmed session/],
  ])("refuses %j at %d h before", (b, hours, message) => {
    expect(rescheduleProblem(PLATFORM_POLICY, b, hoursBefore(hours))).toMatch(message)
  })
})

describe("cancelProblem", () => {
  const booking = { starts_at: start, status: "confirmed" }
  it("lets the client cancel until the start, and the practitioner and staff after it too", () => {
    expect(cancelProblem(booking, hoursBefore(0.01), "customer")).toBeUndefined()
    expect(cancelProblem(booking, hoursBefore(0), "customer")).toMatch(/already started/)
    expect(cancelProblem(booking, hoursBefore(-1), "practitioner")).toBeUndefined()
    expect(cancelProblem(booking, hoursBefore(-1), "staff")).toBeUndefined()
  })
  it("cancels only confirmed sessions", () => {
    expect(cancelProblem({ ...booking, status: "completed" }, hoursBefore(5), "staff")).toMatch(/completed; only a confirmed/)
  })
})
