import { clientName, offeringName, staffCanCancel } from "../booking-summary"

const customer = { id: "cus_1", email: "lerato@example.com", first_name: "Lerato", last_name: "Dube" }
const order = { id: "order_1", display_id: 7, email: "orders@example.com", currency_code: "zar" }

describe("booking summary for staff", () => {
  it.each([
    [{ customer, order }, "Lerato Dube"],
    [{ customer: { ...customer, first_name: null, last_name: null }, order }, "lerato@example.com"],
    [{ customer: null, order }, "orders@example.com"],
    [{ customer: null, order: null }, "Guest"],
  ])("names the client %#", (booking, name) => {
    expect(clientName(booking)).toBe(name)
  })

  it("names the offering by product and variant", () => {
    expect(offeringName({ variant: { id: "v", title: "60 minutes", product: { id: "p", title: "Reiki healing" } } })).toBe("Reiki healing · 60 minutes")
    expect(offeringName({ variant: { id: "v", title: "60 minutes", product: null } })).toBe("60 minutes")
    expect(offeringName({ variant: null })).toBeNull()
  })

  it.each([
    ["confirmed", "2026-03-25T09:00:00Z", true],
    ["confirmed", "2026-03-25T07:59:00Z", false],
    ["held", "2026-03-25T09:00:00Z", false],
    ["cancelled", "2026-03-25T09:00:00Z", false],
  ] as const)("a %s session starting %s can be cancelled by staff: %p", (status, starts_at, allowed) => {
    expect(staffCanCancel({ status, starts_at }, new Date("2026-03-25T08:00:00Z"))).toBe(allowed)
  })
})
