import { auditPageLink, exportDays, exportLinkOf, exportProblem, filtersFromParams, listQueryOf, paramsOfFilters } from "../audit-filters"

/** Instants are computed on the staff member's clock; these give the same answer whatever zone the test runs in. */
const localMidnight = (year: number, month: number, day: number) => new Date(year, month - 1, day).toISOString()
const now = new Date(2026, 11, 3, 15, 30)

describe("the Audit page's filters in its address", () => {
  it("links a record's History to every entry about it, and reads the link back", () => {
    const link = auditPageLink({ target_type: "order", target_id: "order_1" })
    expect(link).toBe("/audit?target_type=order&target_id=order_1")
    const filters = filtersFromParams(new URLSearchParams(link.split("?")[1]))
    expect(listQueryOf(filters, { limit: 50 })).toEqual({ target_type: "order", target_id: "order_1", limit: 50 })
  })

  it("is the bare page with no filters", () => {
    expect(auditPageLink({})).toBe("/audit")
    expect(listQueryOf({}, { limit: 50 })).toEqual({ limit: 50 })
  })

  it("round-trips every filter through the address", () => {
    const filters = {
      actor_type: "practitioner" as const,
      actor_id: "prac_1",
      target_type: "product",
      target_id: "prod_1",
      action: "POST /vendor/products/:id",
      from: "2026-11-01",
      to: "2026-11-30",
    }
    expect(filtersFromParams(paramsOfFilters(filters))).toEqual(filters)
  })

  it.each([
    ["actor_type=robot", {}],
    ["actor_id=%20%20", {}],
    ["from=2026-02-31", {}],
    ["to=yesterday", {}],
    ["from=2026-12-01T00:00:00Z", {}],
    ["action=%20POST%20/admin/products/:id%20", { action: "POST /admin/products/:id" }],
  ])("ignores what the API would refuse: %s", (query, expected) => {
    expect(filtersFromParams(new URLSearchParams(query))).toEqual(expected)
  })

  it("asks for whole days on the staff member's clock, the last one included, and the page after a cursor", () => {
    expect(listQueryOf({ actor_type: "user", from: "2026-11-01", to: "2026-11-30" }, { limit: 50, cursor: "abc" })).toEqual({
      actor_type: "user",
      from: localMidnight(2026, 11, 1),
      to: localMidnight(2026, 12, 1),
      limit: 50,
      cursor: "abc",
    })
  })
})

describe("an export of the log", () => {
  it("covers the last 30 days up to today when the filters name no days", () => {
    expect(exportDays({}, now)).toEqual({ from: "2026-11-04", to: "2026-12-03" })
  })

  it.each([
    [{ from: "2026-01-01" }, { from: "2026-01-01", to: "2026-01-30" }],
    [{ to: "2026-03-01" }, { from: "2026-01-31", to: "2026-03-01" }],
    [
      { from: "2025-12-01", to: "2026-02-28" },
      { from: "2025-12-01", to: "2026-02-28" },
    ],
  ])("takes the days the filters name: %p", (filters, days) => {
    expect(exportDays(filters, now)).toEqual(days)
  })

  it("downloads the chosen days with the other filters, in the chosen format", () => {
    const link = exportLinkOf({ target_type: "order", target_id: "order_1", from: "2026-11-01", to: "2026-11-30" }, "csv", now)
    const [path, query] = link.split("?")
    expect(path).toBe("/admin/audit-entries/export")
    expect(Object.fromEntries(new URLSearchParams(query))).toEqual({
      target_type: "order",
      target_id: "order_1",
      from: localMidnight(2026, 11, 1),
      to: localMidnight(2026, 12, 1),
      format: "csv",
    })
  })

  it.each([
    [{}, null],
    [{ from: "2025-12-02", to: "2026-12-02" }, null],
    [{ from: "2025-12-01", to: "2026-12-02" }, "An export covers at most 366 days; export a longer time in parts."],
    [{ from: "2026-12-02", to: "2026-12-01" }, "The first day must not be after the last."],
  ])("refuses what the backend would: %p", (filters, problem) => {
    expect(exportProblem(filters, now)).toBe(problem)
  })
})
