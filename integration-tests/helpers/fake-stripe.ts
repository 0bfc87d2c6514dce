import crypto from "node:crypto"
import http from "node:http"
import { AddressInfo } from "node:net"
import qs from "qs"

type Intent = Record<string, any> & { id: string; status: string }
export type RecordedRequest = { method: string; path: string; body: Record<string, any> }

type Account = Record<string, any> & { id: string }
type Transfer = Record<string, any> & { id: string; amount: number; amount_reversed: number; destination: string }

/**
 * A small Stripe-compatible API on 127.0.0.1 for tests: customers, payment
 * intents (create, retrieve, update, capture, cancel) and refunds, and for
 * Connect: Express accounts, account links, transfers (into the connected
 * account's balance), transfer reversals (refused with `balance_insufficient`
 * when that balance is short) and balances — with Stripe's form encoding,
 * error shape and Idempotency-Key replay. The browser half of a payment
 * (Stripe.js confirming the card) is `confirmIntent`; a practitioner
 * finishing onboarding is `completeOnboarding`.
 */
export class FakeStripe {
  readonly intents = new Map<string, Intent>()
  readonly accounts = new Map<string, Account>()
  readonly transfers = new Map<string, Transfer>()
  /** Each connected account's available balance, in minor units per currency. */
  readonly balances = new Map<string, Map<string, number>>()
  /** Set to make the next transfers fail with this message (Stripe's own shape). */
  failTransfersWith: string | null = null
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

  /** What Stripe does when the practitioner finishes onboarding: the account can take charges and payouts. */
  completeOnboarding(accountId: string) {
    const account = this.accounts.get(accountId)
    if (!account) throw new Error(`No account ${accountId}`)
    Object.assign(account, {
      charges_enabled: true,
      payouts_enabled: true,
      details_submitted: true,
      requirements: { currently_due: [], past_due: [], disabled_reason: null },
    })
    return account
  }

  /** The connected account paid out to its bank (or otherwise spent): its balance becomes `minor`. */
  setBalance(accountId: string, currency: string, minor: number) {
    this.balanceOf(accountId).set(currency, minor)
  }

  balanceOf(accountId: string) {
    if (!this.balances.has(accountId)) this.balances.set(accountId, new Map())
    return this.balances.get(accountId)!
  }

  private connect(method: string, resource: string, id: string | undefined, action: string | undefined, body: Record<string, any>) {
    if (resource === "accounts") {
      if (!id && method === "POST") {
        const account: Account = {
          id: newId("acct"),
          object: "account",
          type: body.type ?? "express",
          email: body.email ?? null,
          metadata: body.metadata ?? {},
          charges_enabled: false,
          payouts_enabled: false,
          details_submitted: false,
          requirements: {
            currently_due: ["external_account", "individual.id_number"],
            past_due: [],
            disabled_reason: "requirements.past_due",
          },
        }
        this.accounts.set(account.id, account)
        return ok(account)
      }
      const account = id ? this.accounts.get(id) : undefined
      return account ? ok(account) : fail(404, "invalid_request_error", `No such account: '${id}'`, "resource_missing")
    }
    if (resource === "account_links" && method === "POST") {
      if (!this.accounts.has(body.account))
        return fail(400, "invalid_request_error", `No such account: '${body.account}'`, "resource_missing")
      if (!body.refresh_url || !body.return_url)
        return fail(400, "invalid_request_error", "refresh_url and return_url are required", "parameter_missing")
      return ok({
        object: "account_link",
        url: `https://connect.stripe.test/setup/${body.account}/${crypto.randomBytes(6).toString("hex")}`,
        created: Math.floor(Date.now() / 1000),
        expires_at: Math.floor(Date.now() / 1000) + 300,
      })
    }
    if (resource === "balance") return ok({ object: "balance", available: [] })
    if (resource !== "transfers") return undefined
    if (!id && method === "POST") {
      if (this.failTransfersWith) return fail(400, "invalid_request_error", this.failTransfersWith, "balance_insufficient")
      const account = this.accounts.get(body.destination)
      if (!account) return fail(400, "invalid_request_error", `No such destination: '${body.destination}'`, "resource_missing")
      if (!account.payouts_enabled)
        return fail(
          400,
          "invalid_request_error",
          "Your destination account needs to have at least one of the following capabilities enabled: transfers",
          "insufficient_capabilities_for_transfer"
        )
      const transfer: Transfer = {
        id: newId("tr"),
        object: "transfer",
        amount: Number(body.amount),
        amount_reversed: 0,
        currency: body.currency,
        destination: body.destination,
        source_transaction: body.source_transaction ?? null,
        transfer_group: body.transfer_group ?? null,
        metadata: body.metadata ?? {},
        reversals: { object: "list", data: [] },
      }
      this.transfers.set(transfer.id, transfer)
      const balance = this.balanceOf(transfer.destination)
      balance.set(transfer.currency, (balance.get(transfer.currency) ?? 0) + transfer.amount)
      return ok(transfer)
    }
    const transfer = id ? this.transfers.get(id) : undefined
    if (!transfer) return fail(404, "invalid_request_error", `No such transfer: '${id}'`, "resource_missing")
    if (action === "reversals" && method === "POST") {
      const amount = Number(body.amount ?? transfer.amount - transfer.amount_reversed)
      if (amount > transfer.amount - transfer.amount_reversed)
        return fail(400, "invalid_request_error", "The amount is greater than what is left of the transfer", "amount_too_large")
      const balance = this.balanceOf(transfer.destination)
      if ((balance.get(transfer.currency) ?? 0) < amount) {
        return fail(
          400,
          "invalid_request_error",
          "Insufficient funds in the connected account's balance to reverse this transfer",
          "balance_insufficient"
        )
      }
      balance.set(transfer.currency, balance.get(transfer.currency)! - amount)
      transfer.amount_reversed += amount
      const reversal = { id: newId("trr"), object: "transfer_reversal", amount, transfer: transfer.id, currency: transfer.currency }
      transfer.reversals.data.push(reversal)
      return ok(reversal)
    }
    return ok(transfer)
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
    const connect = this.connect(method, resource, id, action, body)
    if (connect) return connect
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

/** A webhook event about an object (an intent, an account, a transfer), signed as Stripe signs them. */
export function signedStripeEvent(type: string, object: Record<string, any>, secret: string, eventId = newId("evt")) {
  const payload = JSON.stringify({
    id: eventId,
    object: "event",
    type,
    api_version: "2024-04-10",
    created: Math.floor(Date.now() / 1000),
    data: { object },
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
