import { calendarReader } from "../calendar-access"

const booking = { customer_id: "cus_1", order_id: "order_1", status: "confirmed" }

describe("calendarReader", () => {
  it.each([
    ["its customer", booking, { customerId: "cus_1" }, "customer"],
    ["its customer, with the order id too", booking, { customerId: "cus_1", orderId: "order_1" }, "customer"],
    ["whoever holds its order's id", booking, { orderId: "order_1" }, "order"],
    ["another customer with its order's id", booking, { customerId: "cus_2", orderId: "order_1" }, "order"],
    ["another customer", booking, { customerId: "cus_2" }, null],
    ["another order's id", booking, { orderId: "order_2" }, null],
    ["its customer while it is only held", { ...booking, status: "held", order_id: null }, { customerId: "cus_1" }, null],
    ["an order id while it is only held", { ...booking, status: "held", order_id: null }, { orderId: "order_1" }, null],
    ["a guest booking's order id", { ...booking, customer_id: null }, { orderId: "order_1" }, "order"],
    ["nobody", booking, {}, null],
  ])("%s → %s", (_case, subject, who, reader) => {
    expect(calendarReader(subject, who)).toBe(reader)
  })
})
