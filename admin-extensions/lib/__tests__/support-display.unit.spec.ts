import { bytesInWords, linkedRecordPath, minutesInWords, personPath, userName } from "../support-display"

describe("support figures in words", () => {
  it.each([
    [null, "—"],
    [0, "0 min"],
    [45, "45 min"],
    [60, "1 h"],
    [200, "3 h 20 min"],
    [1440, "1 d"],
    [3125, "2 d 4 h"],
  ])("a response time of %p minutes reads %s", (minutes, words) => {
    expect(minutesInWords(minutes)).toBe(words)
  })

  it.each([
    [512, "512 B"],
    [14 * 1024, "14 KB"],
    [5 * 1024 * 1024, "5 MB"],
    [2.5 * 1024 * 1024, "2.5 MB"],
  ])("a file of %p bytes reads %s", (bytes, words) => {
    expect(bytesInWords(bytes)).toBe(words)
  })

  it("names staff by name, or by email when they gave none", () => {
    expect(userName({ email: "a@example.com", first_name: "Ama", last_name: "Mensah" })).toBe("Ama Mensah")
    expect(userName({ email: "a@example.com", first_name: null, last_name: "" })).toBe("a@example.com")
  })

  it("links only to the records the admin has pages for", () => {
    expect(linkedRecordPath("order", "order_1")).toBe("/orders/order_1")
    expect(linkedRecordPath("booking", "bkg_1")).toBeNull()
    expect(linkedRecordPath(null, null)).toBeNull()
    expect(personPath("customer", "cus_1")).toBe("/customers/cus_1")
    expect(personPath("practitioner", "prac_1")).toBe("/practitioners/prac_1")
    expect(personPath("staff", "user_1")).toBeNull()
    expect(personPath(undefined, undefined)).toBeNull()
  })
})
