import { replyWithoutClaim, settleClaim, staleClaimCutoff, WEBHOOK_CLAIM_STALE_AFTER_MS } from "../webhook-claim"

describe("staleClaimCutoff", () => {
  it("is the stated time before now", () => {
    const now = new Date("2026-03-01T12:00:00Z")
    expect(WEBHOOK_CLAIM_STALE_AFTER_MS).toBe(5 * 60 * 1000)
    expect(staleClaimCutoff(now).toISOString()).toBe("2026-03-01T11:55:00.000Z")
    expect(staleClaimCutoff(now, 1000).toISOString()).toBe("2026-03-01T11:59:59.000Z")
  })
})

describe("replyWithoutClaim", () => {
  it("lets the delivery holding the claim go on", () => {
    expect(replyWithoutClaim("claimed")).toBeUndefined()
  })

  it("acknowledges a duplicate of a processed event so the sender stops", () => {
    expect(replyWithoutClaim("processed")).toEqual({ status: 200, body: { received: true, duplicate: true } })
  })

  it("answers a duplicate of an event in flight with a non-2xx, so the sender retries it", () => {
    const reply = replyWithoutClaim("in_flight")!
    expect(reply.status).toBe(409)
    expect(reply.body.message).toMatch(/retry/)
  })
})

describe("settleClaim", () => {
  it.each([
    [200, true, "processed"],
    [204, true, "processed"],
    [299, true, "processed"],
    [300, true, "released"],
    [400, true, "released"],
    [500, true, "released"],
    [200, false, "released"],
  ] as const)("status %d, answered %p → %s", (statusCode, answered, settlement) => {
    expect(settleClaim({ statusCode, answered })).toBe(settlement)
  })
})
