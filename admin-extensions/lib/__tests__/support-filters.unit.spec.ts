import { filtersFromParams, listQueryOf, paramsOfFilters, supportPageLink } from "../support-filters"

const page = { limit: 20, offset: 0 }
const read = (query: string) => filtersFromParams(new URLSearchParams(query))

describe("the Support inbox's filters in its address", () => {
  it("shows every request when the address names nothing", () => {
    const filters = read("")
    expect(filters).toEqual({ overdue: false })
    expect(listQueryOf(filters, page)).toEqual({ limit: 20, offset: 0 })
    expect(supportPageLink(filters)).toBe("/support")
  })

  it("links an order's widget to that order's requests, and reads the link back", () => {
    const link = supportPageLink({ link_type: "order", link_id: "order_1" })
    expect(link).toBe("/support?link_type=order&link_id=order_1")
    const filters = read(link.split("?")[1])
    expect(listQueryOf(filters, page)).toEqual({ link_type: "order", link_id: "order_1", limit: 20, offset: 0 })
  })

  it("sends every filter as the API takes it", () => {
    const filters = read("status=waiting_on_staff&category=event_ticket&assignee=user_1")
    expect(listQueryOf(filters, { limit: 20, offset: 40 })).toEqual({
      status: "waiting_on_staff",
      category: "event_ticket",
      assignee_id: "user_1",
      limit: 20,
      offset: 40,
    })
    expect(listQueryOf(read("assignee=none"), page)).toEqual({ assignee_id: "none", ...page })
    expect(listQueryOf(read("overdue=true"), page)).toEqual({ overdue: "true", ...page })
  })

  it("asks for the signed-in user's requests only once it knows who that is", () => {
    const filters = read("assignee=me")
    expect(filters).toEqual({ assignee: "me", overdue: false })
    expect(listQueryOf(filters, page)).toBeNull()
    expect(listQueryOf(filters, page, "user_me")).toEqual({ assignee_id: "user_me", ...page })
    // The address keeps "me", so a shared link shows each reader their own.
    expect(paramsOfFilters(filters).toString()).toBe("assignee=me")
  })

  it("drops the status beside Overdue only, which the API's overdue filter would override", () => {
    expect(read("status=resolved&overdue=true")).toEqual({ overdue: true })
    expect(paramsOfFilters({ status: "closed", overdue: true }).toString()).toBe("overdue=true")
  })

  it.each([
    ["status=deleted", {}],
    ["category=shipping", {}],
    ["overdue=yes", {}],
    ["link_type=invoice&link_id=x", {}],
    // The link id means nothing without its type.
    ["link_id=order_1", {}],
    ["link_type=booking&link_id=%20", { link_type: "booking" }],
    ["assignee=%20%20", {}],
  ])("ignores what the API would refuse or could not read: %s", (query, expected) => {
    expect(read(query)).toEqual({ overdue: false, ...expected })
  })

  it("round-trips every filter through the address", () => {
    const filters = {
      status: "open" as const,
      category: "payout" as const,
      assignee: "user_2",
      overdue: false,
      link_type: "payout" as const,
      link_id: "payout_1",
    }
    expect(filtersFromParams(paramsOfFilters(filters))).toEqual(filters)
  })
})
