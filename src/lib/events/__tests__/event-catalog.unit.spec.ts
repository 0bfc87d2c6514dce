import { eventProductInput, NewEvent, newEventProblems, reviveNewEvent, seatsSku, ticketSku } from "../event-catalog"

const NOW = new Date("2026-12-02T12:00:00Z")

const circle = (overrides: Partial<NewEvent> = {}): NewEvent => ({
  host_practitioner_id: "prac_1",
  title: "Full-moon sound circle",
  handle: "full-moon-circle",
  kind: "circle",
  format: "in_person",
  venue_name: "The Glasshouse",
  city: "Durban",
  timezone: "Africa/Johannesburg",
  status: "published",
  dates: [
    { starts_at: new Date("2027-01-15T17:00:00Z"), ends_at: new Date("2027-01-15T19:00:00Z"), capacity: 20 },
    { starts_at: new Date("2027-02-13T17:00:00Z"), ends_at: new Date("2027-02-13T19:00:00Z"), capacity: 30 },
  ],
  ticket_types: [
    { name: "General", kind: "general", prices: { zar: 350 } },
    { name: "Early bird", kind: "early_bird", sale_ends_at: new Date("2027-01-01T00:00:00Z"), prices: { zar: 280 } },
  ],
  ...overrides,
})

describe("a new event", () => {
  it("holds together as described", () => {
    expect(newEventProblems(circle(), NOW)).toEqual([])
  })

  it("names every problem", () => {
    const date = (start: string, end: string, capacity = 10) => ({ starts_at: new Date(start), ends_at: new Date(end), capacity })
    expect(
      newEventProblems(
        circle({
          format: "hybrid",
          venue_name: undefined,
          latitude: -29.8,
          dates: [
            date("2026-12-01T10:00:00Z", "2026-12-01T12:00:00Z"),
            date("2027-01-10T10:00:00Z", "2027-01-10T09:00:00Z", 0),
            date("2027-03-01T10:00:00Z", "2027-03-20T10:00:00Z"),
            date("2027-03-05T10:00:00Z", "2027-03-05T11:00:00Z", 10_001),
          ],
          ticket_types: [
            { name: "General", kind: "general", prices: { zar: 100 } },
            { name: "general ", kind: "concession", prices: { usd: 5 } },
            { name: "Early", kind: "early_bird", prices: {} },
          ],
        }),
        NOW
      )
    ).toEqual([
      "an event that meets in person needs venue_name",
      "an online or hybrid event needs online_url",
      "give latitude and longitude together",
      "dates[0] starts in the past",
      "dates[1] must end after it starts",
      "dates[1] needs a capacity from 1 to 10000",
      "dates[2] lasts longer than 14 days",
      "dates[3] needs a capacity from 1 to 10000",
      "two dates of the event overlap",
      "ticket type names must differ",
      "every ticket type needs a price in the same currencies",
      "ticket_types[2] needs a price",
      "ticket_types[2] is an early bird ticket: give sale_ends_at",
    ])
  })

  it("reads its instants back from a workflow's stored input", () => {
    const stored = JSON.parse(JSON.stringify(circle()))
    expect(newEventProblems(reviveNewEvent(stored), NOW)).toEqual([])
    expect(reviveNewEvent(stored).dates[0].starts_at).toEqual(new Date("2027-01-15T17:00:00Z"))
  })

  it("is sold by one variant per date and ticket type, each drawing a seat from its date's one pool", () => {
    const product = eventProductInput(circle(), { seatItemIds: ["iitem_jan", "iitem_feb"], salesChannelId: "sc_1" })
    expect(product.options).toEqual([
      { title: "Date", values: ["Fri, 15 Jan 2027, 19:00", "Sat, 13 Feb 2027, 19:00"] },
      { title: "Ticket", values: ["General", "Early bird"] },
    ])
    expect(product.variants.map((v) => [v.sku, v.inventory_items, v.prices])).toEqual([
      [
        ticketSku("full-moon-circle", 0, 0),
        [{ inventory_item_id: "iitem_jan", required_quantity: 1 }],
        [{ currency_code: "zar", amount: 350 }],
      ],
      [
        ticketSku("full-moon-circle", 0, 1),
        [{ inventory_item_id: "iitem_jan", required_quantity: 1 }],
        [{ currency_code: "zar", amount: 280 }],
      ],
      [
        ticketSku("full-moon-circle", 1, 0),
        [{ inventory_item_id: "iitem_feb", required_quantity: 1 }],
        [{ currency_code: "zar", amount: 350 }],
      ],
      [
        ticketSku("full-moon-circle", 1, 1),
        [{ inventory_item_id: "iitem_feb", required_quantity: 1 }],
        [{ currency_code: "zar", amount: 280 }],
      ],
    ])
    expect(product.variants.every((v) => v.manage_inventory && !v.allow_backorder)).toBe(true)
    expect(ticketSku("full-moon-circle", 1, 0)).toBe("EVT-FULL-MOON-CIRCLE-D2-T1")
    expect(seatsSku("full-moon-circle", 1)).toBe("EVT-FULL-MOON-CIRCLE-D2-SEATS")
  })
})
