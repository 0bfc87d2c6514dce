import {
  ATTENDEES_FIX_THE_QUANTITY,
  DateSeats,
  seatsForOfferHolder,
  seatsFree,
  overbookedDates,
  seatsLeft,
  TicketOffer,
  ticketHoldRefusal,
  ticketLineProblem,
  TICKETS_WITH_ATTENDEES,
} from "../seats"

const NOW = new Date("2027-01-10T08:00:00Z")
const DAY = 86_400_000

const offer = (
  overrides: { event?: Partial<TicketOffer["event"]>; date?: Partial<TicketOffer["date"]>; type?: Partial<TicketOffer["ticket_type"]> } = {}
): TicketOffer => ({
  variant_id: "variant_general",
  event: { title: "Full-moon sound circle", status: "published", timezone: "Africa/Johannesburg", ...overrides.event },
  // 19:00 in Johannesburg.
  date: { id: "evdt_1", starts_at: new Date("2027-01-15T17:00:00Z"), status: "scheduled", ...overrides.date },
  ticket_type: { id: "evtt_1", name: "General", sale_starts_at: null, sale_ends_at: null, per_order_limit: 4, ...overrides.type },
})
const refusal = (input: Partial<Parameters<typeof ticketHoldRefusal>[0]>) =>
  ticketHoldRefusal({ offer: offer(), quantity: 1, inCart: 0, left: 10, now: NOW, ...input })

describe("seatsLeft", () => {
  const seats = (s: Partial<DateSeats>): DateSeats => ({ stocked: 20, reserved: 0, held: 0, offered: 0, waiting: 0, ...s })

  it("is the room less what is sold, held and kept for waitlist offers, never below zero", () => {
    expect(seatsLeft(seats({ reserved: 5, held: 3 }))).toBe(12)
    expect(seatsLeft(seats({ reserved: 5, held: 3, offered: 2 }))).toBe(10)
    expect(seatsLeft(seats({ stocked: 2, reserved: 2, held: 1 }))).toBe(0)
  })

  it("is none while anyone waits: freed seats go to the waitlist, not back on sale", () => {
    expect(seatsLeft(seats({ reserved: 18, waiting: 1 }))).toBe(0)
    expect(seatsFree(seats({ reserved: 18, waiting: 1 }))).toBe(2)
  })

  it("lets the holder of an offer take the free seats and their own", () => {
    expect(seatsForOfferHolder(seats({ reserved: 18, offered: 2, waiting: 3 }), 2)).toBe(2)
    expect(seatsForOfferHolder(seats({ reserved: 20, offered: 2 }), 2)).toBe(0)
  })
})

describe("ticketHoldRefusal", () => {
  it("lets seats be held while the event is on sale and seats are left", () => {
    expect(refusal({ quantity: 4, left: 4 })).toBeUndefined()
  })

  it("names the date on the event's clock when the seats are not there", () => {
    expect(refusal({ quantity: 2, left: 1 })).toEqual({
      kind: "unavailable",
      message: "Only 1 seat is left for Full-moon sound circle, Fri 15 Jan, 19:00.",
    })
    expect(refusal({ quantity: 3, left: 2 })?.message).toBe("Only 2 seats are left for Full-moon sound circle, Fri 15 Jan, 19:00.")
    expect(refusal({ left: 0 })?.message).toBe("Full-moon sound circle, Fri 15 Jan, 19:00 is sold out.")
  })

  it("counts the cart's own tickets of the type against the per-order limit", () => {
    expect(refusal({ quantity: 5 })).toEqual({ kind: "not_allowed", message: "At most 4 General tickets per order." })
    expect(refusal({ quantity: 2, inCart: 3 })?.message).toBe("At most 4 General tickets per order; this cart already has 3.")
    expect(refusal({ quantity: 1, inCart: 3 })).toBeUndefined()
  })

  it("keeps the sale window: not before it opens, not from the instant it closes", () => {
    const window = { sale_starts_at: new Date(NOW.getTime() + DAY), sale_ends_at: new Date(NOW.getTime() + 2 * DAY) }
    expect(refusal({ offer: offer({ type: window }) })?.message).toBe("General tickets go on sale Mon 11 Jan, 10:00.")
    expect(refusal({ offer: offer({ type: window }), now: new Date(NOW.getTime() + DAY) })).toBeUndefined()
    expect(refusal({ offer: offer({ type: window }), now: new Date(NOW.getTime() + 2 * DAY) })?.message).toBe(
      "General tickets are no longer on sale."
    )
  })

  it("refuses a draft event, a cancelled date and one that has started, before counting seats", () => {
    expect(refusal({ offer: offer({ event: { status: "draft" } }), left: 0 })?.message).toBe("Full-moon sound circle is not on sale.")
    expect(refusal({ offer: offer({ date: { status: "cancelled" } }) })?.message).toBe(
      "Full-moon sound circle, Fri 15 Jan, 19:00 has been cancelled."
    )
    expect(refusal({ now: new Date("2027-01-15T17:00:00Z") })?.message).toBe(
      "Full-moon sound circle, Fri 15 Jan, 19:00 has already started."
    )
  })
})

describe("ticketLineProblem", () => {
  const line = { id: "cali_1", title: "Full-moon sound circle", variant_id: "variant_general", quantity: 2 }
  const hold = {
    id: "seat_1",
    cart_id: "cart_1",
    variant_id: "variant_general",
    quantity: 2,
    status: "held",
    expires_at: new Date(NOW.getTime() + 60_000),
  }

  it("accepts a line carried by a live hold of the same cart, variant and quantity", () => {
    expect(ticketLineProblem(line, hold, "cart_1", NOW)).toBeUndefined()
  })

  it.each([
    ["no hold carries it", undefined, TICKETS_WITH_ATTENDEES],
    ["another cart's hold", { ...hold, cart_id: "cart_2" }, TICKETS_WITH_ATTENDEES],
    ["another variant's hold", { ...hold, variant_id: "variant_other" }, TICKETS_WITH_ATTENDEES],
    ["a hold of another quantity", { ...hold, quantity: 1 }, ATTENDEES_FIX_THE_QUANTITY],
  ])("refuses a line when %s", (_case, given, message) => {
    expect(ticketLineProblem(line, given, "cart_1", NOW)).toBe(message)
  })

  it("refuses a released or expired hold in words", () => {
    expect(ticketLineProblem(line, { ...hold, status: "released" }, "cart_1", NOW)).toMatch(/no longer held for this cart/)
    expect(ticketLineProblem(line, { ...hold, expires_at: NOW }, "cart_1", NOW)).toMatch(/your hold on the seats has expired/)
  })
})

describe("overbookedDates", () => {
  it("sums a cart's lines of one date against that date's unsold seats", () => {
    const demand = new Map([
      ["evdt_1", 3],
      ["evdt_2", 1],
    ])
    expect(
      overbookedDates(
        demand,
        new Map([
          ["evdt_1", 2],
          ["evdt_2", 1],
        ])
      )
    ).toEqual(["evdt_1"])
    expect(overbookedDates(demand, new Map([["evdt_1", 3]]))).toEqual(["evdt_2"])
  })
})
