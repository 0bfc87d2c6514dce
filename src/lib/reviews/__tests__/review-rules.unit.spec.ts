import { PurchaseFacts, reviewRefusal, reviewTargetOf } from "../eligibility"
import { preCheckFlags, reviewText } from "../pre-check"
import { reviewerDisplayName } from "../reviewer-name"
import { reviewSettings } from "../review-settings"
import { allowedDecisions } from "../moderation-decisions"

const NOW = new Date("2026-12-03T12:00:00Z")
const HOUR = 3_600_000

const booking = (status: string, customer = "cus_a"): PurchaseFacts => ({
  type: "booking",
  id: "bkg_1",
  customer_id: customer,
  status,
  ends_at: new Date(NOW.getTime() - HOUR),
  practitioner_id: "prac_1",
  order_id: "order_1",
})
const ticket = (status: string, endsInHours: number, dateStatus = "scheduled"): PurchaseFacts => ({
  type: "ticket",
  id: "tkt_1",
  customer_id: "cus_a",
  status,
  date_ends_at: new Date(NOW.getTime() + endsInHours * HOUR),
  date_status: dateStatus,
  event_id: "evt_1",
  host_practitioner_id: "prac_2",
  order_id: "order_1",
})
const line = (shipped: boolean, extra: Partial<Extract<PurchaseFacts, { type: "order_line" }>> = {}): PurchaseFacts => ({
  type: "order_line",
  id: "ordli_1",
  customer_id: "cus_a",
  order_status: "pending",
  product_id: "prod_1",
  practitioner_id: null,
  shipped_at: shipped ? NOW : null,
  delivered_at: null,
  order_id: "order_1",
  is_session_or_ticket: false,
  ...extra,
})

describe("who may review what", () => {
  it("takes a completed session only, and says why not otherwise", () => {
    expect(reviewRefusal(booking("completed"), "cus_a", NOW)).toBeUndefined()
    expect(reviewRefusal(booking("no_show"), "cus_a", NOW)).toMatch(/missed/)
    expect(reviewRefusal(booking("cancelled"), "cus_a", NOW)).toMatch(/cancelled/)
    expect(reviewRefusal(booking("confirmed"), "cus_a", NOW)).toMatch(/completed/)
  })

  it("treats someone else's purchase, or none, as not there", () => {
    expect(reviewRefusal(booking("completed", "cus_b"), "cus_a", NOW)).toMatch(/No such purchase/)
    expect(reviewRefusal(booking("completed", null as unknown as string), "cus_a", NOW)).toMatch(/No such purchase/)
    expect(reviewRefusal(undefined, "cus_a", NOW)).toMatch(/No such purchase/)
  })

  it("takes a checked-in ticket at once and a valid one once its date has ended, never a cancelled one", () => {
    expect(reviewRefusal(ticket("checked_in", 5), "cus_a", NOW)).toBeUndefined()
    expect(reviewRefusal(ticket("valid", 5), "cus_a", NOW)).toMatch(/attended it or it has ended/)
    expect(reviewRefusal(ticket("valid", 0), "cus_a", NOW)).toBeUndefined()
    expect(reviewRefusal(ticket("valid", -1), "cus_a", NOW)).toBeUndefined()
    expect(reviewRefusal(ticket("cancelled", -1), "cus_a", NOW)).toMatch(/cancelled/)
    expect(reviewRefusal(ticket("refunded", -1), "cus_a", NOW)).toMatch(/cancelled/)
    expect(reviewRefusal(ticket("valid", -1, "cancelled"), "cus_a", NOW)).toMatch(/cancelled/)
  })

  it("takes a product once shipped or delivered, never a session or ticket line, nor a cancelled order", () => {
    expect(reviewRefusal(line(true), "cus_a", NOW)).toBeUndefined()
    expect(reviewRefusal(line(false, { delivered_at: NOW }), "cus_a", NOW)).toBeUndefined()
    expect(reviewRefusal(line(false), "cus_a", NOW)).toMatch(/shipped/)
    expect(reviewRefusal(line(true, { is_session_or_ticket: true }), "cus_a", NOW)).toMatch(/My sessions/)
    expect(reviewRefusal(line(true, { order_status: "canceled" }), "cus_a", NOW)).toMatch(/cancelled order/)
    expect(reviewRefusal(line(true, { product_id: null }), "cus_a", NOW)).toMatch(/no longer/)
  })

  it("reviews the practitioner, the event or the product the purchase names, and lets its practitioner reply", () => {
    expect(reviewTargetOf(booking("completed"))).toEqual({ target_type: "practitioner", target_id: "prac_1", practitioner_id: "prac_1" })
    expect(reviewTargetOf(ticket("checked_in", 1))).toEqual({ target_type: "event", target_id: "evt_1", practitioner_id: "prac_2" })
    expect(reviewTargetOf(line(true, { practitioner_id: "prac_3" }))).toEqual({
      target_type: "product",
      target_id: "prod_1",
      practitioner_id: "prac_3",
    })
  })
})

describe("the pre-check", () => {
  it("flags links, e-mail addresses, phone numbers and blocked words, and nothing in plain praise or criticism", () => {
    expect(preCheckFlags("Book at https://example.com")).toEqual(["link"])
    expect(preCheckFlags("see www.healer.co.za today")).toEqual(["link"])
    expect(preCheckFlags("write to me@example.com")).toEqual(["email"])
    expect(preCheckFlags("call +27 (82) 555-0101")).toEqual(["phone"])
    expect(preCheckFlags("she is a scammer")).toEqual(["word"])
    expect(preCheckFlags("Terrible. Late, rushed, and I want my money back. 1 star.")).toEqual([])
    expect(preCheckFlags("A gentle, wise reading; I left lighter.")).toEqual([])
  })

  it("matches whole words only, and takes extra words from the settings", () => {
    expect(preCheckFlags("shitake mushrooms at the retreat")).toEqual([])
    expect(preCheckFlags("the candles smelled of lavender", ["lavender"])).toEqual(["word"])
    expect(preCheckFlags("Session 3 of 10 on 12 May")).toEqual([])
  })

  it("reads a review's title and body together", () => {
    expect(reviewText({ title: "Great", body: null })).toBe("Great")
    expect(preCheckFlags(reviewText({ title: "mail me", body: "me@example.com" }))).toEqual(["email"])
  })
})

describe("names and settings", () => {
  it("shows the first name and the last name's initial, never the whole name", () => {
    expect(reviewerDisplayName("Thandi", "Mokoena")).toBe("Thandi M.")
    expect(reviewerDisplayName(" Mary Anne ", "van der Berg")).toBe("Mary V.")
    expect(reviewerDisplayName("Sipho", null)).toBe("Sipho")
    expect(reviewerDisplayName(null, "Mokoena")).toBe("A client")
  })

  it("publishes unflagged reviews at once by default, hides after 3 reports, and refuses nonsense settings", () => {
    expect(reviewSettings({})).toEqual({ moderation: "flagged", reportsToHide: 3, blockedWords: [] })
    expect(reviewSettings({ REVIEW_MODERATION: "all", REVIEW_REPORTS_TO_HIDE: "5", REVIEW_BLOCKED_WORDS: " Foo, bar ,," })).toEqual({
      moderation: "all",
      reportsToHide: 5,
      blockedWords: ["foo", "bar"],
    })
    expect(reviewSettings({ REVIEW_REPORTS_TO_HIDE: "0" }).reportsToHide).toBe(3)
    expect(reviewSettings({ REVIEW_REPORTS_TO_HIDE: "2.5" }).reportsToHide).toBe(3)
  })
})

describe("staff decisions", () => {
  it("offers what changes a review's status, and approving a reported published one", () => {
    expect(allowedDecisions({ status: "pending", report_count: 0 })).toEqual(["approve", "reject", "hide"])
    expect(allowedDecisions({ status: "published", report_count: 0 })).toEqual(["reject", "hide"])
    expect(allowedDecisions({ status: "published", report_count: 2 })).toEqual(["approve", "reject", "hide"])
    expect(allowedDecisions({ status: "hidden", report_count: 3 })).toEqual(["approve", "reject"])
    expect(allowedDecisions({ status: "rejected", report_count: 0 })).toEqual(["approve", "hide"])
  })
})
