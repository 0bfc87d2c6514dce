import crypto from "node:crypto"
import { verifyStripeWebhook } from "../verify-webhook"

const SECRET = "whsec_test_secret"
const payload = JSON.stringify({ id: "evt_123", object: "event", type: "payment_intent.succeeded" })

function sign(body: string, secret = SECRET, t = Math.floor(Date.now() / 1000)) {
  const v1 = crypto.createHmac("sha256", secret).update(`${t}.${body}`).digest("hex")
  return `t=${t},v1=${v1}`
}

const verify = (overrides: Partial<Parameters<typeof verifyStripeWebhook>[0]> = {}) =>
  verifyStripeWebhook({ rawBody: Buffer.from(payload), signature: sign(payload), secret: SECRET, ...overrides })

describe("verifyStripeWebhook", () => {
  it("accepts a correctly signed body and returns the event id and type", () => {
    expect(verify()).toEqual({ ok: true, event: expect.objectContaining({ id: "evt_123", type: "payment_intent.succeeded" }) })
  })

  it.each([
    ["a wrong secret", { signature: sign(payload, "whsec_other") }, /signature/i],
    ["a tampered body", { rawBody: Buffer.from(payload.replace("evt_123", "evt_999")) }, /signature/i],
    ["a timestamp 10 minutes old", { signature: sign(payload, SECRET, Math.floor(Date.now() / 1000) - 600) }, /timestamp/i],
    ["a header without v1", { signature: `t=${Math.floor(Date.now() / 1000)}` }, /signature/i],
  ])("rejects %s", (_label, overrides, reason) => {
    const verdict = verify(overrides)
    expect(verdict.ok).toBe(false)
    expect(verdict.ok === false && verdict.reason).toMatch(/^Signature check failed: /)
    expect(verdict.ok === false && verdict.reason).toMatch(reason)
  })

  it.each([
    ["the header is missing", { signature: undefined }, /stripe-signature header is missing/],
    ["the header is empty", { signature: "" }, /stripe-signature header is missing/],
    ["the header is repeated", { signature: [sign(payload), sign(payload)] }, /stripe-signature header/],
    ["the body is missing", { rawBody: undefined }, /no body/],
    ["the body is empty", { rawBody: Buffer.alloc(0) }, /no body/],
    ["the secret is missing", { secret: undefined }, /STRIPE_WEBHOOK_SECRET is not configured/],
    ["the secret is empty", { secret: "" }, /STRIPE_WEBHOOK_SECRET is not configured/],
  ])("rejects when %s", (_label, overrides, reason) => {
    const verdict = verify(overrides)
    expect(verdict).toEqual({ ok: false, reason: expect.stringMatching(reason) })
  })
})
