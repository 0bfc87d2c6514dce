import { countHit, giveBackHit, strictestRefusal, verdictFor, windowFromTtl } from "../fixed-window"

const MINUTE = 60_000
const now = Date.parse("2026-03-01T12:00:00Z")

describe("countHit", () => {
  it("opens a window at the first hit and counts the hits inside it", () => {
    const first = countHit(undefined, now, MINUTE)
    expect(first).toEqual({ count: 1, resetAt: now + MINUTE })
    const second = countHit(first, now + 59_999, MINUTE)
    expect(second).toEqual({ count: 2, resetAt: now + MINUTE })
  })

  it("opens a new window once the old one has closed", () => {
    const old = { count: 40, resetAt: now }
    expect(countHit(old, now, MINUTE)).toEqual({ count: 1, resetAt: now + MINUTE })
  })
})

describe("giveBackHit", () => {
  it("takes one hit off an open window, never below zero", () => {
    expect(giveBackHit({ count: 3, resetAt: now + 5 }, now)).toEqual({ count: 2, resetAt: now + 5 })
    expect(giveBackHit({ count: 0, resetAt: now + 5 }, now)).toEqual({ count: 0, resetAt: now + 5 })
  })

  it("leaves a closed or missing window alone", () => {
    expect(giveBackHit({ count: 3, resetAt: now }, now)).toEqual({ count: 3, resetAt: now })
    expect(giveBackHit(undefined, now)).toBeUndefined()
  })
})

describe("windowFromTtl", () => {
  it("ends the window when the key expires, or a full window from now when Redis reports no expiry", () => {
    expect(windowFromTtl(4, 1500, now, MINUTE)).toEqual({ count: 4, resetAt: now + 1500 })
    expect(windowFromTtl(4, -1, now, MINUTE)).toEqual({ count: 4, resetAt: now + MINUTE })
    expect(windowFromTtl(4, -2, now, MINUTE)).toEqual({ count: 4, resetAt: now + MINUTE })
  })
})

describe("verdictFor", () => {
  it.each([
    [1, true],
    [10, true],
    [11, false],
  ])("hit %d against a limit of 10: allowed %p", (count, allowed) => {
    expect(verdictFor({ count, resetAt: now + MINUTE }, 10, now).allowed).toBe(allowed)
  })

  it("asks to wait the whole seconds until the window closes, at least one", () => {
    expect(verdictFor({ count: 11, resetAt: now + 14 * MINUTE + 1 }, 10, now)).toEqual({ allowed: false, retryAfterSeconds: 841 })
    expect(verdictFor({ count: 11, resetAt: now + 200 }, 10, now)).toEqual({ allowed: false, retryAfterSeconds: 1 })
    expect(verdictFor({ count: 11, resetAt: now }, 10, now)).toEqual({ allowed: false, retryAfterSeconds: 1 })
  })
})

describe("strictestRefusal", () => {
  it("is undefined when every scope allows the request", () => {
    expect(strictestRefusal([{ scope: "address", verdict: { allowed: true } }])).toBeUndefined()
  })

  it("answers with the refusal that waits longest", () => {
    expect(
      strictestRefusal([
        { scope: "address", verdict: { allowed: false, retryAfterSeconds: 30 } },
        { scope: "account", verdict: { allowed: false, retryAfterSeconds: 600 } },
        { scope: "other", verdict: { allowed: true } },
      ])
    ).toEqual({ scope: "account", retryAfterSeconds: 600 })
  })
})
