import { merge, overlaps, subtract } from "../ranges"

const r = (start: number, end: number) => ({ start, end })

describe("ranges", () => {
  it("merges overlapping and touching ranges and drops empty ones", () => {
    expect(merge([r(5, 7), r(1, 3), r(3, 4), r(6, 9), r(10, 10)])).toEqual([r(1, 4), r(5, 9)])
  })

  it.each([
    [[r(0, 10)], [r(2, 4)], [r(0, 2), r(4, 10)]],
    [[r(0, 10)], [r(0, 10)], []],
    [[r(0, 10)], [r(-5, 3), r(8, 20)], [r(3, 8)]],
    [[r(0, 4), r(6, 10)], [r(3, 7)], [r(0, 3), r(7, 10)]],
    [[r(0, 10)], [], [r(0, 10)]],
  ])("subtracts %j − %j = %j", (from, remove, expected) => {
    expect(subtract(from, remove)).toEqual(expected)
  })

  it("treats ranges as half-open", () => {
    expect(overlaps(r(0, 5), r(5, 9))).toBe(false)
    expect(overlaps(r(0, 6), r(5, 9))).toBe(true)
  })
})

import { weeklyScheduleProblem } from "../weekly-schedule"

describe("weeklyScheduleProblem", () => {
  it("accepts a week with breaks and a shift until midnight", () => {
    expect(
      weeklyScheduleProblem([
        { weekday: 1, start: "09:00", end: "12:00" },
        { weekday: 1, start: "13:00", end: "17:00" },
        { weekday: 5, start: "18:00", end: "24:00" },
      ])
    ).toBeUndefined()
  })

  it.each([
    [{ weekday: 8, start: "09:00", end: "10:00" }, /weekday must be 1/],
    [{ weekday: 1, start: "9:00", end: "10:00" }, /HH:MM/],
    [{ weekday: 1, start: "10:00", end: "09:00" }, /ends before it starts/],
    [{ weekday: 1, start: "24:30", end: "25:00" }, /HH:MM/],
  ])("refuses %j", (rule, message) => {
    expect(weeklyScheduleProblem([rule as never])).toMatch(message)
  })

  it("refuses overlapping intervals on one day", () => {
    expect(
      weeklyScheduleProblem([
        { weekday: 2, start: "09:00", end: "12:00" },
        { weekday: 2, start: "11:00", end: "13:00" },
      ])
    ).toMatch(/overlap/)
  })
})
