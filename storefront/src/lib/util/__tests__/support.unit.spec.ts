import {
  canClose,
  canReply,
  isOwnMessage,
  linkHref,
  newRequestHref,
  presetFrom,
  SIDE_CATEGORIES,
  statusLabel,
  statusTone,
  type SupportStatus,
} from "../support"

describe("statusLabel", () => {
  it.each<[SupportStatus, "requester" | "participant" | undefined, string]>([
    ["open", "requester", "Sent, not answered yet"],
    ["waiting_on_staff", "requester", "Waiting for Avenrae support"],
    ["waiting_on_customer", "requester", "Answered, waiting for your reply"],
    ["waiting_on_customer", "participant", "Answered by Avenrae support"],
    ["waiting_on_customer", undefined, "Answered by Avenrae support"],
    ["resolved", "requester", "Resolved"],
    ["closed", "participant", "Closed"],
  ])("%s for a %s reads %j", (status, role, words) => {
    expect(statusLabel(status, role)).toBe(words)
  })

  it("marks only the requester's turn in amber", () => {
    expect(statusTone("waiting_on_customer", "requester")).toContain("amber")
    expect(statusTone("waiting_on_customer", "participant")).not.toContain("amber")
    expect(statusTone("closed", "requester")).toContain("ink-soft")
  })
})

describe("what the viewer may do", () => {
  it("lets anyone in the request reply until it is closed", () => {
    expect(canReply({ status: "resolved" })).toBe(true)
    expect(canReply({ status: "waiting_on_customer" })).toBe(true)
    expect(canReply({ status: "closed" })).toBe(false)
  })

  it("lets only the requester close, and only once", () => {
    expect(canClose({ status: "open", your_role: "requester" })).toBe(true)
    expect(canClose({ status: "resolved", your_role: "requester" })).toBe(true)
    expect(canClose({ status: "open", your_role: "participant" })).toBe(false)
    expect(canClose({ status: "closed", your_role: "requester" })).toBe(false)
  })
})

describe("newRequestHref", () => {
  it("presets the category and the record on each side", () => {
    expect(newRequestHref("customer", { category: "order", link_id: "order_01" })).toBe(
      "/account/support/new?category=order&link_id=order_01"
    )
    expect(newRequestHref("customer", { category: "event_ticket", link_id: "tkt 1&x" })).toBe(
      "/account/support/new?category=event_ticket&link_id=tkt+1%26x"
    )
    expect(newRequestHref("practitioner", { category: "payout", link_id: "po_1" })).toBe(
      "/practice/support/new?category=payout&link_id=po_1"
    )
  })

  it("leaves the record out for a category that names none", () => {
    expect(newRequestHref("customer", { category: "account", link_id: "cus_1" })).toBe("/account/support/new?category=account")
  })
})

describe("presetFrom", () => {
  it("reads what a Get help link sets, and round-trips it", () => {
    const href = newRequestHref("customer", { category: "session", link_id: "bkg_1" })
    const params = Object.fromEntries(new URL(href, "http://shop").searchParams)
    expect(presetFrom(params, "customer")).toEqual({ category: "session", link_id: "bkg_1" })
  })

  it.each([
    ["an unknown category", { category: "refund", link_id: "x" }],
    ["a payout for a shopper", { category: "payout", link_id: "po_1" }],
    ["no category", { link_id: "order_1" }],
  ])("drops %s", (_, params) => {
    expect(presetFrom(params, "customer")).toEqual({ category: null, link_id: null })
  })

  it("keeps the category but not an id it cannot name", () => {
    expect(presetFrom({ category: "account", link_id: "cus_1" }, "customer")).toEqual({ category: "account", link_id: null })
    expect(presetFrom({ category: "order", link_id: "x".repeat(101) }, "customer")).toEqual({ category: "order", link_id: null })
    expect(presetFrom({ category: "order", link_id: "  " }, "customer")).toEqual({ category: "order", link_id: null })
  })

  it("takes the first of repeated parameters and trims the id", () => {
    expect(presetFrom({ category: ["payout", "other"], link_id: [" po_1 "] }, "practitioner")).toEqual({
      category: "payout",
      link_id: "po_1",
    })
  })

  it("offers shoppers no payouts and practitioners no orders", () => {
    expect(SIDE_CATEGORIES.customer).not.toContain("payout")
    expect(SIDE_CATEGORIES.practitioner).not.toContain("order")
    expect(presetFrom({ category: "order", link_id: "order_1" }, "practitioner").category).toBeNull()
  })
})

describe("linkHref", () => {
  it("points at the order itself, else the list the record is in", () => {
    expect(linkHref("customer", { link_type: "order", link_id: "order_1" })).toBe("/account/orders/order_1")
    expect(linkHref("customer", { link_type: "booking", link_id: "bkg_1" })).toBe("/account/sessions")
    expect(linkHref("practitioner", { link_type: "payout", link_id: "po_1" })).toBe("/practice/earnings")
    expect(linkHref("customer", { link_type: null, link_id: null })).toBeNull()
    expect(linkHref("practitioner", { link_type: "order", link_id: "order_1" })).toBeNull()
  })
})

describe("isOwnMessage", () => {
  it("tells the viewer's messages by the author's kind", () => {
    expect(isOwnMessage({ type: "customer" }, "customer")).toBe(true)
    expect(isOwnMessage({ type: "staff" }, "customer")).toBe(false)
    expect(isOwnMessage({ type: "customer" }, "practitioner")).toBe(false)
  })
})
