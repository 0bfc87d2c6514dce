import { describeVerdict, judge, ratio } from "../goals"

const slots = { name: "slots p95 / Medusa's product detail p95, 1 connection", rule: "at most" as const, limit: 0.25, unit: "×" }
const engine = { name: "slot engine p95, 90 days", rule: "below" as const, limit: 2, unit: "ms" }

describe("benchmark goals", () => {
  it.each([
    [slots, 0.2, true],
    [slots, 0.25, true],
    [slots, 0.26, false],
    [engine, 1.99, true],
    [engine, 2, false],
    [engine, 3.1, false],
  ])("%o with %d: met is %s", (goal, figure, met) => {
    expect(judge(goal, figure).met).toBe(met)
  })

  it("meets nothing it could not measure", () => {
    expect(judge(engine, NaN)).toMatchObject({ met: false, measured: false })
    expect(judge(slots, Infinity).met).toBe(false)
  })

  it("divides ours by theirs, and gives NaN without a denominator", () => {
    expect(ratio(3, 12)).toBe(0.25)
    expect(ratio(3, 0)).toBeNaN()
    expect(ratio(NaN, 4)).toBeNaN()
  })

  it("writes the goal, the figure and the verdict on one line", () => {
    expect(describeVerdict(judge(slots, 0.214))).toBe(
      "slots p95 / Medusa's product detail p95, 1 connection — 0.21 × (goal: at most 0.25 ×) — met"
    )
    expect(describeVerdict(judge(engine, 2.64))).toBe("slot engine p95, 90 days — 2.6 ms (goal: below 2.0 ms) — not met")
    expect(describeVerdict(judge(engine, NaN))).toBe("slot engine p95, 90 days — not measured (goal: below 2.0 ms) — not met")
  })
})
