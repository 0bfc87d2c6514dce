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
    expect(offeringName({ variant: { id: "v", title: "60 minutes", product: { id: "p", title: "Reiki healing" } } })).toBe(
      "Reiki healing · 60 minutes"
    )
    expect(offeringName({ variant: { id: "v", title: "60 minutes", product: null } })).toBe("60 minutes")
    expect(offeringName({ variant: null })).toBeNull()
  })

  it.each([
    [["cancel"], true],
    [[], false],
  ] as const)("offers staff the cancel action when the backend allows %j: %p", (allowed_actions, allowed) => {
    expect(staffCanCancel({ allowed_actions: [...allowed_actions] })).toBe(allowed)
  })
})
