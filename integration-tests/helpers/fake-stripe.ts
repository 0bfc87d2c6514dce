import crypto from "node:crypto"
import http from "node:http"
import { AddressInfo } from "node:net"
import qs from "qs"

type Intent = Record<string, any> & { id: string; status: string }
export type RecordedRequest = { method: string; path: string; body: Record<string, any> }

/**
 * A small Stripe-compatible API on 127.0.0.1 for tests: customers, payment
 * intents (create, retrieve, update, capture, cancel) and refunds, with
 * Stripe's form encoding, error shape and Idempotency-Key replay. The browser
 * half of a payment (Stripe.js confirming the card) is `confirmIntent`.
 */
export class FakeStripe {
  readonly intents = new Map<string, Intent>()
  readonly requests: RecordedRequest[] = []
  private readonly replies = new Map<string, { status: number; body: unknown }>()
  private server?: http.Server

  async start(): Promise<string> {
    this.server = http.createServer((req, res) => this.handle(req, res))
    await new Promise<void>((resolve) => this.server!.listen(0, "127.0.0.1", resolve))
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  async stop() {
    this.server?.closeAllConnections()
    await new Promise((resolve) => this.server?.close(resolve))
  }

  /** What Stripe.js does when the shopper confirms: the intent becomes payable. */
  confirmIntent(id: string) {
    const intent = this.intents.get(id)
    if (!intent) throw new Error(`No payment intent ${id}`)
    if (intent.capture_method === "automatic") {
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, latest_charge: newId("ch") })
    } else {
      Object.assign(intent, { status: "requires_capture", amount_capturable: intent.amount })
    }
    intent.payment_method = { id: newId("pm"), object: "payment_method", type: "card" }
    return intent
  }

  private handle(req: http.IncomingMessage, res: http.ServerResponse) {
    let raw = ""
    req.on("data", (chunk) => (raw += chunk))
    req.on("end", () => {
      const url = new URL(req.url ?? "/", "http://fake")
      const body = qs.parse(req.method === "GET" ? url.search.slice(1) : raw) as Record<string, any>
      this.requests.push({ method: req.method!, path: url.pathname, body })
      const key = req.headers["idempotency-key"]
      const replayKey = typeof key === "string" ? `${req.method} ${url.pathname} ${key}` : undefined
      const reply = (replayKey && this.replies.get(replayKey)) || this.route(req.method!, url.pathname, body)
      if (replayKey) this.replies.set(replayKey, reply)
      res.writeHead(reply.status, { "content-type": "application/json", "request-id": newId("req") })
      res.end(JSON.stringify(reply.body))
    })
  }

  private route(method: string, path: string, body: Record<string, any>) {
    const parts = path.split("/").filter(Boolean) // v1, resource, id?, action?
    const [, resource, id, action] = parts
    if (resource === "customers") {
      if (method === "DELETE") return ok({ id, object: "customer", deleted: true })
      return ok({ id: id ?? newId("cus"), object: "customer", email: body.email ?? null })
    }
    if (resource === "refunds" && method === "POST") {
      return ok({
        id: newId("re"),
        object: "refund",
        amount: Number(body.amount),
        payment_intent: body.payment_intent,
        status: "succeeded",
      })
    }
    if (resource !== "payment_intents") {
      return fail(404, "invalid_request_error", `Unrecognized request URL (${method} ${path})`)
    }
    if (!id && method === "POST") return ok(this.createIntent(body))
    const intent = id ? this.intents.get(id) : undefined
    if (!intent) return fail(404, "invalid_request_error", `No such payment_intent: '${id}'`, "resource_missing")
    if (method === "GET") return ok(intent)
    if (action === "capture") {
      if (intent.status !== "requires_capture") return unexpectedState(intent, "captured")
      Object.assign(intent, { status: "succeeded", amount_received: intent.amount, amount_capturable: 0, latest_charge: newId("ch") })
      return ok(intent)
    }
    if (action === "cancel") {
      if (intent.status === "succeeded" || intent.status === "canceled") return unexpectedState(intent, "canceled")
      intent.status = "canceled"
      return ok(intent)
    }
    if (body.amount) intent.amount = Number(body.amount)
    return ok(intent)
  }

  private createIntent(body: Record<string, any>): Intent {
    const id = newId("pi")
    const intent: Intent = {
      id,
      object: "payment_intent",
      amount: Number(body.amount),
      amount_capturable: 0,
      amount_received: 0,
      currency: body.currency,
      status: "requires_payment_method",
      capture_method: body.capture_method ?? "automatic",
      client_secret: `${id}_secret_${crypto.randomBytes(8).toString("hex")}`,
      metadata: body.metadata ?? {},
      customer: body.customer ?? null,
      description: body.description ?? null,
      payment_method: null,
      last_payment_error: null,
      latest_charge: null,
      created: Math.floor(Date.now() / 1000),
      livemode: false,
    }
    this.intents.set(id, intent)
    return intent
  }
}

/** A webhook event for an intent, signed as Stripe signs them. */
export function signedStripeEvent(type: string, intent: Intent, secret: string) {
  const payload = JSON.stringify({
    id: newId("evt"),
    object: "event",
    type,
    api_version: "2024-04-10",
    created: Math.floor(Date.now() / 1000),
    data: { object: intent },
  })
  const timestamp = Math.floor(Date.now() / 1000)
  const signature = crypto.createHmac("sha256", secret).update(`${timestamp}.${payload}`).digest("hex")
  return { payload, header: `t=${timestamp},v1=${signature}` }
}

function ok(body: unknown) {
  return { status: 200, body }
}

function fail(status: number, type: string, message: string, code?: string, extra = {}) {
  return { status, body: { error: { type, message, code, ...extra } } }
}

function unexpectedState(intent: Intent, verb: string) {
  return fail(
    400,
    "invalid_request_error",
    `This PaymentIntent could not be ${verb} because it has a status of ${intent.status}.`,
    "payment_intent_unexpected_state",
    { payment_intent: intent }
  )
}

function newId(prefix: string) {
  return `${prefix}_${crypto.randomBytes(12).toString("hex")}`
}
