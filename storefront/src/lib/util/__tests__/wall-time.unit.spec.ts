import { apiEnd, fieldTime, nextInterval } from "../wall-time"

describe("midnight at the end of the day", () => {
  it("is 00:00 in a time field and 24:00 for the API", () => {
    expect(fieldTime("24:00")).toBe("00:00")
    expect(apiEnd("00:00")).toBe("24:00")
    expect(apiEnd("17:30")).toBe("17:30")
  })
})

describe("nextInterval", () => {
  it("starts an empty day at 09:00–17:00", () => {
    expect(nextInterval([])).toEqual({ start: "09:00", end: "17:00" })
  })
  it("adds two hours after the day's last interval, never past midnight", () => {
    expect(nextInterval([{ start: "09:00", end: "12:00" }])).toEqual({ start: "12:00", end: "14:00" })
    expect(nextInterval([{ start: "18:00", end: "23:00" }])).toEqual({ start: "23:00", end: "00:00" })
  })
  it("adds nothing to a day worked to midnight", () => {
    expect(nextInterval([{ start: "18:00", end: "00:00" }])).toBeUndefined()
  })
})
