import { comingDay, freeWhenFrom, freeWhenProblem, freeWhenQuery, presetHint } from "../free-when"

describe("comingDay", () => {
  it.each([
    // now (UTC), zone, weekday, the date on the zone's clock
    ["2026-12-03T12:00:00Z", "Africa/Johannesburg", 6, "2026-12-05"], // a Thursday
    ["2026-12-05T08:00:00Z", "Africa/Johannesburg", 6, "2026-12-05"], // Saturday: today
    ["2026-12-05T08:00:00Z", "Africa/Johannesburg", 7, "2026-12-06"],
    ["2026-12-06T08:00:00Z", "Africa/Johannesburg", 6, "2026-12-12"], // Sunday: next week's Saturday
    ["2026-12-05T22:30:00Z", "Africa/Johannesburg", 6, "2026-12-12"], // already Sunday 00:30 in Johannesburg
    ["2026-12-05T22:30:00Z", "Europe/London", 6, "2026-12-05"], // still Saturday in London
    ["2026-12-04T19:00:00Z", "Asia/Kolkata", 6, "2026-12-05"], // 00:30 on Saturday in a half-hour zone
    ["2026-12-04T10:30:00Z", "Pacific/Kiritimati", 6, "2026-12-05"], // UTC+14: Saturday already
    ["2026-12-04T10:30:00Z", "Pacific/Pago_Pago", 6, "2026-12-05"], // UTC-11: Thursday still
    ["2026-03-28T23:30:00Z", "Europe/London", 7, "2026-03-29"], // the night the clocks go forward
    ["2026-10-24T23:30:00Z", "Europe/London", 7, "2026-10-25"], // the night the clocks go back
  ])("at %s in %s, weekday %i is %s", (now, zone, weekday, date) => {
    expect(comingDay(weekday, zone, new Date(now))).toBe(date)
  })
})

describe("freeWhenQuery", () => {
  const now = new Date("2026-12-03T12:00:00Z")
  const zone = "Africa/Johannesburg"

  it.each([
    ["evenings", { available_from: "18:00", available_to: "21:00", available_days: "weekdays" }],
    ["mornings", { available_from: "09:00", available_to: "12:00", available_days: "weekdays" }],
    ["saturday", { available_from: "2026-12-05T00:00", available_to: "2026-12-06T00:00" }],
    ["sunday", { available_from: "2026-12-06T00:00", available_to: "2026-12-07T00:00" }],
  ] as const)("asks for %s as %j", (preset, query) => {
    expect(freeWhenQuery({ kind: "preset", preset }, zone, now)).toEqual(query)
  })

  it("runs a Sunday across a month's end to the next month's first", () => {
    expect(freeWhenQuery({ kind: "preset", preset: "sunday" }, zone, new Date("2027-01-28T12:00:00Z"))).toEqual({
      available_from: "2027-01-31T00:00",
      available_to: "2027-02-01T00:00",
    })
  })

  it("sends custom times with the ticked days, and no days when none or all seven are ticked", () => {
    expect(freeWhenQuery({ kind: "custom", from: "07:30", to: "09:00", days: ["mon", "wed"] }, zone, now)).toEqual({
      available_from: "07:30",
      available_to: "09:00",
      available_days: "mon,wed",
    })
    const all = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
    expect(freeWhenQuery({ kind: "custom", from: "07:30", to: "09:00", days: [...all] }, zone, now).available_days).toBeUndefined()
    expect(freeWhenQuery({ kind: "custom", from: "07:30", to: "09:00", days: [] }, zone, now).available_days).toBeUndefined()
    expect(freeWhenQuery({ kind: "any" }, zone, now)).toEqual({})
  })
})

describe("freeWhenFrom", () => {
  it.each([
    [{}, { kind: "any" }],
    [{ free: "" }, { kind: "any" }],
    [{ free: "weekdays" }, { kind: "any" }],
    [
      { free: "evenings", free_from: "07:00" },
      { kind: "preset", preset: "evenings" },
    ],
    [{ free: "custom" }, { kind: "any" }],
    [{ free: "", free_from: "07:00", free_to: "09:00" }, { kind: "any" }],
    [
      { free: "custom", free_from: "07:00", free_to: "09:00", free_days: ["sun", "mon,SAT", "someday"] },
      { kind: "custom", from: "07:00", to: "09:00", days: ["mon", "sat", "sun"] },
    ],
    [
      { free: "custom", free_days: ["tue"] },
      { kind: "custom", from: undefined, to: undefined, days: ["tue"] },
    ],
  ])("reads %j as %j", (params, when) => {
    expect(freeWhenFrom(params)).toEqual(when)
  })

  it("asks for both custom times or neither", () => {
    expect(freeWhenProblem({ kind: "custom", from: "07:00", days: [] })).toBe("Choose both a from and a to time, or neither.")
    expect(freeWhenProblem({ kind: "custom", from: "07:00", to: "09:00", days: [] })).toBeUndefined()
    expect(freeWhenProblem({ kind: "custom", days: ["mon"] })).toBeUndefined()
  })
})

describe("presetHint", () => {
  it("names a weekend preset's date and a weekday preset's times", () => {
    const now = new Date("2026-12-03T12:00:00Z")
    expect(presetHint("saturday", "Africa/Johannesburg", now)).toBe("Sat 5 Dec")
    expect(presetHint("evenings", "Africa/Johannesburg", now)).toBe("18:00–21:00, Mon–Fri")
  })
})
