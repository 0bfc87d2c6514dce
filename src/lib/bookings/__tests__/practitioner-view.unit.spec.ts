import { forPractitioner, practitionerFields } from "../practitioner-view"

describe("a booking as its practitioner sees it", () => {
  const booking = {
    id: "bkg_1",
    status: "confirmed",
    customer_id: "cus_1",
    cart_id: "cart_1",
    order_id: "order_1",
    line_item_id: "cali_1",
    meeting_url: "https://meet.example/room",
  }

  it("leaves out the client's cart, order and line ids and keeps the rest", () => {
    expect(forPractitioner(booking)).toEqual({
      id: "bkg_1",
      status: "confirmed",
      customer_id: "cus_1",
      meeting_url: "https://meet.example/room",
    })
  })

  it("drops the same fields from a field list", () => {
    expect(practitionerFields(Object.keys(booking))).toEqual(["id", "status", "customer_id", "meeting_url"])
  })
})
