import {
  entriesToOffer,
  hashOfferToken,
  newOfferToken,
  offerClaimProblem,
  waitlistJoinRefusal,
  waitlistLength,
  waitlistOfferHours,
} from "../waitlist"

const NOW = new Date("2027-01-10T08:00:00Z")
const date = (overrides: Record<string, unknown> = {}) => ({
  event: { title: "Full-moon sound circle", status: "published" as const, timezone: "Africa/Johannesburg" },
  date: { id: "evdt_1", starts_at: new Date("2027-01-15T17:00:00Z"), status: "scheduled" as const, ...overrides },
})

describe("entriesToOffer", () => {
  it("offers to the first in line whose quantity fits, then the next that fits", () => {
    const queue = [
      { id: "a", quantity: 3 },
      { id: "b", quantity: 1 },
      { id: "c", quantity: 2 },
      { id: "d", quantity: 1 },
    ]
    expect(entriesToOffer(queue, 2).map((e) => e.id)).toEqual(["b", "d"])
    expect(entriesToOffer(queue, 3).map((e) => e.id)).toEqual(["a"])
    expect(entriesToOffer(queue, 0)).toEqual([])
    expect(entriesToOffer(queue, 7).map((e) => e.id)).toEqual(["a", "b", "c", "d"])
  })
})

describe("waitlistJoinRefusal", () => {
  const refusal = (input: Partial<Parameters<typeof waitlistJoinRefusal>[0]>) =>
    waitlistJoinRefusal({ offer: date(), quantity: 1, limit: 4, left: 0, now: NOW, ...input })

  it("lets a shopper join a sold-out date within the per-order limit", () => {
    expect(refusal({})).toBeUndefined()
    expect(refusal({ quantity: 4 })).toBeUndefined()
  })

  it("sends a shopper to the cart while seats are on sale, and says why otherwise", () => {
    expect(refusal({ left: 2 })).toBe(
      "Full-moon sound circle, Fri 15 Jan, 19:00 is not sold out: 2 seats are still on sale. Add them to your cart instead."
    )
    expect(refusal({ quantity: 5 })).toBe("The waitlist takes at most 4 seats per person for Full-moon sound circle.")
    expect(refusal({ offer: date({ status: "cancelled" }) })).toMatch(/has been cancelled/)
    expect(refusal({ now: new Date("2027-01-16T00:00:00Z") })).toMatch(/has already started/)
  })
})

describe("offerClaimProblem", () => {
  const entry = { status: "offered", quantity: 2, offer_expires_at: new Date("2027-01-11T08:00:00Z"), event_date_id: "evdt_1" }

  it("lets the holder claim up to the seats kept, for that date, until the offer lapses", () => {
    expect(offerClaimProblem(entry, "evdt_1", 2, NOW)).toBeUndefined()
    expect(offerClaimProblem(entry, "evdt_1", 3, NOW)).toMatch(/keeps 2 seats/)
    expect(offerClaimProblem(entry, "evdt_2", 1, NOW)).toMatch(/another date/)
    expect(offerClaimProblem(entry, "evdt_1", 1, new Date("2027-01-11T08:00:00Z"))).toBe("This waitlist offer has expired.")
    expect(offerClaimProblem({ ...entry, status: "claimed" }, "evdt_1", 1, NOW)).toMatch(/already used/)
    expect(offerClaimProblem(undefined, "evdt_1", 1, NOW)).toMatch(/already used/)
  })
})

describe("offer tokens", () => {
  it("are random, URL-safe, and stored only as their hash", () => {
    const a = newOfferToken()
    const b = newOfferToken()
    expect(a.token).toMatch(/^[A-Za-z0-9_-]{32}$/)
    expect(a.token).not.toBe(b.token)
    expect(a.hash).toBe(hashOfferToken(a.token))
    expect(a.hash).not.toContain(a.token)
  })
})

describe("waitlistOfferHours", () => {
  it("reads WAITLIST_OFFER_HOURS within 1 to 168, else 24", () => {
    expect(waitlistOfferHours({})).toBe(24)
    expect(waitlistOfferHours({ WAITLIST_OFFER_HOURS: "6" })).toBe(6)
    expect(waitlistOfferHours({ WAITLIST_OFFER_HOURS: "0" })).toBe(24)
    expect(waitlistOfferHours({ WAITLIST_OFFER_HOURS: "1000" })).toBe(24)
    expect(waitlistOfferHours({ WAITLIST_OFFER_HOURS: "2.5" })).toBe(24)
  })
})

describe("waitlistLength", () => {
  it("holds five places a seat, at least 50 and at most 5,000", () => {
    expect(waitlistLength(2)).toBe(50)
    expect(waitlistLength(20)).toBe(100)
    expect(waitlistLength(10_000)).toBe(5000)
  })
})
