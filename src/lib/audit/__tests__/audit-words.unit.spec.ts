import { describeAction, fieldChangeLines, fieldLabel, showValue } from "../audit-words"

describe("an audit entry's action in plain words", () => {
  it.each([
    // A record updated or deleted
    ["POST /admin/products/:id", "Updated product"],
    ["DELETE /admin/customer-groups/:id", "Deleted customer group"],
    ["POST /admin/products/:id/variants/:variant_id", "Updated product variant"],
    ["POST /admin/events/dates/:id", "Updated event date"],
    ["DELETE /vendor/schedule/time-off/:id", "Deleted schedule time off"],
    ["DELETE /vendor/schedule/overrides/:date", "Deleted schedule override"],
    ["POST /vendor/me", "Updated profile"],
    ["POST /admin/users/me", "Updated user profile"],
    // A path the log kept with its ids, as when no route template was known
    ["POST /admin/products/prod_01JEXAMPLE000000000000000", "Updated product"],
    // A record created in a collection
    ["POST /admin/customer-groups", "Created customer group"],
    ["POST /vendor/practitioners", "Created practitioner"],
    ["POST /admin/practitioners/:id/ledger-adjustments", "Created practitioner ledger adjustment"],
    ["POST /admin/events/:id/dates", "Created event date"],
    ["POST /admin/customers/:id/addresses", "Created customer address"],
    ["POST /admin/product-categories", "Created product category"],
    // What was done to a record, or to many
    ["POST /admin/reviews/:id/approve", "Approved review"],
    ["POST /admin/reviews/approve", "Approved reviews"],
    ["POST /admin/reviews/:id/hide", "Hid review"],
    ["POST /admin/reviews/:id/reply", "Replied to review"],
    ["POST /admin/practitioners/:id/verify", "Verified practitioner"],
    ["POST /admin/bookings/:id/cancel", "Cancelled booking"],
    ["POST /admin/events/tickets/:id/cancel", "Cancelled event ticket"],
    ["POST /admin/payouts/:id/mark-paid", "Marked payout paid"],
    ["POST /admin/fulfillments/:id/mark-as-delivered", "Marked fulfillment as delivered"],
    ["POST /admin/draft-orders/:id/convert-to-order", "Converted draft order to order"],
    ["POST /vendor/check-in", "Checked in"],
    ["POST /vendor/bookings/:id/no-show", "Marked booking as no-show"],
    ["POST /admin/products/:id/variants/batch", "Changed product variants in bulk"],
    // A part of a record, or of a singular resource
    ["POST /admin/practitioners/:id/commission", "Changed practitioner commission"],
    ["POST /admin/products/:id/practitioner", "Changed product practitioner"],
    ["POST /vendor/me/avatar", "Changed profile avatar"],
    ["DELETE /vendor/me/avatar", "Removed profile avatar"],
    ["POST /vendor/schedule/weekly", "Changed weekly schedule"],
    ["POST /vendor/schedule/settings", "Changed schedule settings"],
    ["POST /vendor/schedule/overrides", "Changed schedule overrides"],
    ["POST /vendor/earnings/stripe-onboarding", "Changed stripe onboarding"],
    // Not a route: shown as it is
    ["something else", "something else"],
    ["POST /admin", "POST /admin"],
  ])("%s → %s", (action, words) => {
    expect(describeAction(action)).toBe(words)
  })
})

describe("a changed value", () => {
  it.each([
    [null, "—"],
    [undefined, "—"],
    ["", "(empty)"],
    ["Lerato Dube", "Lerato Dube"],
    [1500, "1500"],
    [0, "0"],
    [true, "yes"],
    [false, "no"],
    [["en", "zu"], '["en","zu"]'],
    [{ city: "Durban", country_code: "za" }, '{"city":"Durban","country_code":"za"}'],
  ])("%p reads %p", (value, shown) => {
    expect(showValue(value)).toBe(shown)
  })

  it("names fields for people", () => {
    expect(fieldLabel("commission_rate_bps")).toBe("Commission rate bps")
    expect(fieldLabel("status")).toBe("Status")
  })

  it("lists each changed field before and after, in the backend's order", () => {
    const changes = {
      fields: { languages: { before: ["en"], after: ["en", "zu"] }, status: { before: "pending", after: "approved" } },
      request: { reason: "Documents checked" },
    }
    expect(fieldChangeLines(changes)).toEqual([
      { field: "languages", label: "Languages", before: '["en"]', after: '["en","zu"]' },
      { field: "status", label: "Status", before: "pending", after: "approved" },
    ])
  })

  it("has no lines for an entry without field changes", () => {
    expect(fieldChangeLines(null)).toEqual([])
    expect(fieldChangeLines({ request: { ids: ["rev_1"] } })).toEqual([])
  })
})

describe("the portal's history in plain words", () => {
  it.each([
    ["POST /vendor/me", "Updated profile"],
    ["POST /vendor/products", "Created product"],
    ["DELETE /vendor/events/ticket-types/:id", "Deleted event ticket type"],
    ["POST /vendor/schedule/weekly", "Changed weekly schedule"],
    ["POST /admin/practitioners/:id/approve", "Approved practitioner"],
    ["POST /admin/practitioners/:id/commission", "Changed practitioner commission"],
  ])("%s → %s", (action, words) => {
    expect(describeAction(action)).toBe(words)
  })
})
