import { filtersFromParams, listQueryOf, paramsOfFilters, reviewsPageLink } from "../review-filters"

const page = { limit: 20, offset: 0 }

describe("the Reviews page's filters in its address", () => {
  it("shows the queue when the address names no status", () => {
    const filters = filtersFromParams(new URLSearchParams())
    expect(filters).toEqual({ status: "pending", flagged: false, reply_pending: false })
    expect(listQueryOf(filters, page)).toEqual({ status: "pending", limit: 20, offset: 0 })
    expect(reviewsPageLink(filters)).toBe("/reviews")
  })

  it("links a target's widget to every review of that target, and reads the link back", () => {
    const link = reviewsPageLink({ status: "", target_type: "practitioner", target_id: "prac_1" })
    expect(link).toBe("/reviews?status=all&target_type=practitioner&target_id=prac_1")
    const filters = filtersFromParams(new URLSearchParams(link.split("?")[1]))
    expect(listQueryOf(filters, page)).toEqual({ target_type: "practitioner", target_id: "prac_1", limit: 20, offset: 0 })
  })

  it("sends the flags as the API takes them", () => {
    const filters = filtersFromParams(new URLSearchParams("status=hidden&rating=1&flagged=true&reply_pending=true"))
    expect(listQueryOf(filters, { limit: 20, offset: 40 })).toEqual({
      status: "hidden",
      rating: 1,
      flagged: "true",
      reply_pending: "true",
      limit: 20,
      offset: 40,
    })
  })

  it.each([
    ["status=deleted", { status: "pending" }],
    ["rating=6", { status: "pending" }],
    ["rating=2.5", { status: "pending" }],
    ["target_type=shop&target_id=x", { status: "pending" }],
    // The API refuses a target_id without its type, so the page drops it.
    ["target_id=prod_1", { status: "pending" }],
    ["target_type=product&target_id=%20", { status: "pending", target_type: "product" }],
  ])("ignores what the API would refuse: %s", (query, expected) => {
    expect(filtersFromParams(new URLSearchParams(query))).toEqual({ flagged: false, reply_pending: false, ...expected })
  })

  it("round-trips every filter through the address", () => {
    const filters = {
      status: "rejected" as const,
      target_type: "event" as const,
      target_id: "evt_1",
      rating: 3,
      flagged: true,
      reply_pending: false,
    }
    expect(filtersFromParams(paramsOfFilters(filters))).toEqual(filters)
  })
})
