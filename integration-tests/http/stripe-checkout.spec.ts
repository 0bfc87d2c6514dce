import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules, PaymentWebhookEvents } from "@medusajs/framework/utils"
import type { ICacheService, IEventBusModuleService } from "@medusajs/framework/types"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { FakeStripe, signedStripeEvent } from "../helpers/fake-stripe"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { BOOKING_MODULE } from "../../src/modules/booking"
import BookingModuleService from "../../src/modules/booking/service"
import { EVENT_MODULE } from "../../src/modules/event"
import EventModuleService from "../../src/modules/event/service"
import { WEBHOOK_RECEIPT_MODULE } from "../../src/modules/webhook-receipt"
import WebhookReceiptModuleService from "../../src/modules/webhook-receipt/service"

jest.setTimeout(180_000)

const WEBHOOK_SECRET = "whsec_avenrae_test_secret"
const fakeStripe = new FakeStripe()
const previousEnv = { ...process.env }

// The Stripe provider is registered from the environment when the app boots,
// so the fake must be listening before Medusa's test runner loads the config.
beforeAll(async () => {
  const apiBase = await fakeStripe.start()
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_avenrae",
    STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
    STRIPE_API_BASE: apiBase,
  })
})

afterAll(async () => {
  await fakeStripe.stop()
  for (const key of ["STRIPE_API_KEY", "STRIPE_WEBHOOK_SECRET", "STRIPE_API_BASE"]) {
    if (previousEnv[key] === undefined) delete process.env[key]
    else process.env[key] = previousEnv[key]
  }
})

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    /** A South African cart with two amethysts (and optionally a held session), ready to pay with Stripe. */
    async function stripeCart(beforePaying?: (cartId: string) => Promise<void>) {
      const shopper = shopperFor(api, store)
      const amethyst = await shopper.variantBySku("CRY-AME-S")
      const cart = await shopper.post("/store/carts", { region_id: store.regions["South Africa"].id })
      const cartId = cart.data.cart.id
      await shopper.post(`/store/carts/${cartId}/line-items`, { variant_id: amethyst.id, quantity: 2 })
      await beforePaying?.(cartId)
      const collection = await shopper.prepareCheckout(cartId, "pp_stripe_stripe")
      const session = collection.payment_sessions[0]
      return { shopper, cartId, session, intent: fakeStripe.intents.get(session.data.id)! }
    }

    async function ordersForCart(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({
        entity: "order_cart",
        fields: ["order_id", "order.total"],
        filters: { cart_id: cartId },
      })
      return data.map((link) => ({ id: link.order_id, total: Number(link.order?.total) }))
    }

    /**
     * Counts what Medusa's webhook route hands to the event bus: it emits
     * payment.webhook_received (processed after a delay) before it answers,
     * so the count is final once the delivery has been answered.
     */
    function countWebhookEvents() {
      const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
      const emit = jest.spyOn(eventBus, "emit")
      return {
        count: () =>
          emit.mock.calls
            .flatMap(([events]) => (Array.isArray(events) ? events : [events]))
            .filter((event) => event.name === PaymentWebhookEvents.WebhookReceived).length,
        restore: () => emit.mockRestore(),
      }
    }

    async function cartCompletedAt(cartId: string) {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "cart", fields: ["completed_at"], filters: { id: cartId } })
      return data[0]?.completed_at ?? null
    }

    function deliverWebhook(payload: string, signature: string) {
      return api.post("/hooks/payment/stripe_stripe", payload, {
        headers: { "content-type": "application/json", "stripe-signature": signature },
        validateStatus: () => true,
      })
    }

    it("creates a payment intent for the cart total in the cart's currency, then places the order", async () => {
      const { shopper, cartId, session, intent } = await stripeCart()
      // (2 × R349 + R95 shipping) × 1.15 VAT = R911.95 → 91195 cents.
      expect(session.provider_id).toBe("pp_stripe_stripe")
      expect(intent).toBeDefined()
      expect(intent.amount).toBe(91195)
      expect(intent.currency).toBe("zar")
      expect(intent.metadata.session_id).toBe(session.id)
      expect(session.data.client_secret).toMatch(/^pi_.*_secret_/)

      const unpaid = await shopper.post(`/store/carts/${cartId}/complete`)
      expect(unpaid.data.type).not.toBe("order")

      fakeStripe.confirmIntent(intent.id)
      const completed = await shopper.post(`/store/carts/${cartId}/complete`)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      expect(completed.data.order.total).toBeCloseTo(911.95, 2)
      expect(fakeStripe.requests.filter((r) => r.method === "GET" && r.path === `/v1/payment_intents/${intent.id}`).length).toBeGreaterThan(
        0
      )
    })

    it("confirms the cart's session when the Stripe webhook, not the shopper, completes the cart", async () => {
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      let bookingId = ""
      const { cartId, intent } = await stripeCart(async (id) => {
        const startsAt = nextWeekday("Africa/Johannesburg", 3, new Date()).set({ hour: 10 }).toUTC().toISO()
        const held = await shopperFor(api, store).post(`/store/carts/${id}/bookings`, {
          variant_id: session.variantId,
          starts_at: startsAt,
        })
        expect(held.status).toBe(201)
        bookingId = held.data.booking.id
      })
      fakeStripe.confirmIntent(intent.id)
      const event = signedStripeEvent("payment_intent.amount_capturable_updated", intent, WEBHOOK_SECRET)
      expect((await deliverWebhook(event.payload, event.header)).status).toBe(200)
      const orders = await waitFor(
        () => ordersForCart(cartId),
        (found) => found.length > 0,
        30_000
      )
      expect(orders).toHaveLength(1)
      const booking = await waitFor(
        () => getContainer().resolve<BookingModuleService>(BOOKING_MODULE).retrieveBooking(bookingId),
        (b) => b.status === "confirmed",
        30_000
      )
      expect(booking).toMatchObject({ status: "confirmed", order_id: orders[0].id })
    })

    it("issues the cart's tickets when the webhook completes it, and completes nothing whose seat hold has lapsed", async () => {
      const circle = await putOnEvent(getContainer(), fullMoonCircle(new Date(), null, { handle: "webhook-circle" }))
      const events = getContainer().resolve<EventModuleService>(EVENT_MODULE)
      let holdId = ""
      const paid = await stripeCart(async (id) => {
        const held = await shopperFor(api, store).post(`/store/carts/${id}/tickets`, {
          variant_id: circle.variant(0, 0),
          attendees: [{ name: "Ayanda Zulu" }, { name: "Lwazi Zulu" }],
        })
        expect(held.status).toBe(201)
        holdId = held.data.seat_hold.id
      })
      fakeStripe.confirmIntent(paid.intent.id)
      const event = signedStripeEvent("payment_intent.amount_capturable_updated", paid.intent, WEBHOOK_SECRET)
      expect((await deliverWebhook(event.payload, event.header)).status).toBe(200)
      const orders = await waitFor(
        () => ordersForCart(paid.cartId),
        (found) => found.length > 0,
        30_000
      )
      const tickets = await waitFor(
        () => events.listEventTickets({ order_id: orders[0]?.id }),
        (list) => list.length === 2,
        30_000
      )
      expect(tickets.map((t) => t.attendee_name).sort()).toEqual(["Ayanda Zulu", "Lwazi Zulu"])
      expect(await events.retrieveEventSeatHold(holdId)).toMatchObject({ status: "sold", order_id: orders[0].id })

      // Seats held past their time: the webhook's completion is refused like the storefront's.
      let lapsedHold = ""
      const lapsed = await stripeCart(async (id) => {
        const held = await shopperFor(api, store).post(`/store/carts/${id}/tickets`, {
          variant_id: circle.variant(0, 0),
          attendees: [{ name: "Late Comer" }],
        })
        lapsedHold = held.data.seat_hold.id
      })
      await events.updateEventSeatHolds({ id: lapsedHold, expires_at: new Date(Date.now() - 60_000) })
      fakeStripe.confirmIntent(lapsed.intent.id)
      const late = signedStripeEvent("payment_intent.amount_capturable_updated", lapsed.intent, WEBHOOK_SECRET)
      expect((await deliverWebhook(late.payload, late.header)).status).toBe(200)
      // Medusa processes the webhook after answering: give it the time the first one needed, then look.
      await new Promise((resolve) => setTimeout(resolve, 5_000))
      expect(await ordersForCart(lapsed.cartId)).toEqual([])
      expect(await events.listEventTickets({ seat_hold_id: lapsedHold })).toEqual([])
    })

    it("rejects a webhook whose signature does not verify, and processes nothing", async () => {
      const { cartId, intent } = await stripeCart()
      fakeStripe.confirmIntent(intent.id)
      const forged = signedStripeEvent("payment_intent.succeeded", intent, "whsec_someone_else")
      const handedOn = countWebhookEvents()
      const refused = await deliverWebhook(forged.payload, forged.header)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/signature/i)
      const unsigned = await deliverWebhook(forged.payload, "")
      expect(unsigned.status).toBe(400)
      expect(unsigned.data.message).toMatch(/stripe-signature header is missing/)

      // Nothing reached the event bus, so nothing is left to process the payment later.
      expect(handedOn.count()).toBe(0)
      handedOn.restore()
      expect(await ordersForCart(cartId)).toHaveLength(0)
      expect(await cartCompletedAt(cartId)).toBeNull()
    })

    it("completes the cart from a valid webhook delivered twice, exactly once", async () => {
      const { cartId, intent } = await stripeCart()
      fakeStripe.confirmIntent(intent.id)
      const event = signedStripeEvent("payment_intent.amount_capturable_updated", intent, WEBHOOK_SECRET)

      const handedOn = countWebhookEvents()
      const first = await deliverWebhook(event.payload, event.header)
      const second = await deliverWebhook(event.payload, event.header)
      expect(first.status).toBe(200)
      expect(second.status).toBe(200)
      expect(second.data).toEqual({ received: true, duplicate: true })
      // One delivery reached the event bus; the duplicate was answered without it.
      expect(handedOn.count()).toBe(1)
      handedOn.restore()

      const orders = await waitFor(
        () => ordersForCart(cartId),
        (found) => found.length > 0,
        30_000
      )
      expect(orders).toHaveLength(1)
      expect(orders[0].total).toBeCloseTo(911.95, 2)
      // The one event's processing has completed the cart; the cart still has one order.
      expect(
        await waitFor(
          () => cartCompletedAt(cartId),
          (completedAt) => completedAt !== null,
          30_000
        )
      ).not.toBeNull()
      expect(await ordersForCart(cartId)).toHaveLength(1)
    })

    describe("webhook receipts in Postgres", () => {
      function receipts() {
        return getContainer().resolve<WebhookReceiptModuleService>(WEBHOOK_RECEIPT_MODULE)
      }

      async function receiptOf(eventId: string) {
        const [receipt] = await receipts().listWebhookReceipts({ provider: "stripe", event_id: eventId })
        return receipt
      }

      async function paidCartEvent() {
        const { cartId, intent } = await stripeCart()
        fakeStripe.confirmIntent(intent.id)
        const event = signedStripeEvent("payment_intent.amount_capturable_updated", intent, WEBHOOK_SECRET)
        return { cartId, event, eventId: JSON.parse(event.payload).id as string }
      }

      async function oneOrderFor(cartId: string) {
        const orders = await waitFor(
          () => ordersForCart(cartId),
          (found) => found.length > 0,
          30_000
        )
        expect(orders).toHaveLength(1)
      }

      it("processes one of several simultaneous deliveries of an event, and asks the others to retry or acknowledges them", async () => {
        const { cartId, event, eventId } = await paidCartEvent()
        const handedOn = countWebhookEvents()
        const deliveries = await Promise.all(Array.from({ length: 6 }, () => deliverWebhook(event.payload, event.header)))
        expect(handedOn.count()).toBe(1)
        handedOn.restore()

        const processed = deliveries.filter((d) => d.status === 200 && !d.data.duplicate)
        expect(processed).toHaveLength(1)
        for (const other of deliveries.filter((d) => d !== processed[0])) {
          if (other.status === 409) expect(other.data.message).toMatch(/being processed/)
          else expect([other.status, other.data]).toEqual([200, { received: true, duplicate: true }])
        }
        expect(await receiptOf(eventId)).toMatchObject({ status: "processed" })
        await oneOrderFor(cartId)
      })

      it("still knows a processed event after the cache is emptied: the receipt is in Postgres", async () => {
        const { event, eventId } = await paidCartEvent()
        expect((await deliverWebhook(event.payload, event.header)).status).toBe(200)
        await getContainer().resolve<ICacheService>(Modules.CACHE).invalidate("*")

        const handedOn = countWebhookEvents()
        const redelivery = await deliverWebhook(event.payload, event.header)
        expect([redelivery.status, redelivery.data]).toEqual([200, { received: true, duplicate: true }])
        expect(handedOn.count()).toBe(0)
        handedOn.restore()
        expect(await receiptOf(eventId)).toMatchObject({ status: "processed", processed_at: expect.any(Date) })
      })

      it("releases the claim of a delivery that failed, so Stripe's retry is processed", async () => {
        const { event, eventId } = await paidCartEvent()
        // The event bus refuses the first hand-over, as a Redis outage would.
        const eventBus = getContainer().resolve<IEventBusModuleService>(Modules.EVENT_BUS)
        const outage = jest.spyOn(eventBus, "emit").mockRejectedValueOnce(new Error("event bus unreachable"))
        const failed = await deliverWebhook(event.payload, event.header)
        outage.mockRestore()
        expect(failed.status).toBeGreaterThanOrEqual(400)
        expect(await receiptOf(eventId)).toBeUndefined()

        const handedOn = countWebhookEvents()
        const retry = await deliverWebhook(event.payload, event.header)
        expect([retry.status, retry.data]).toEqual([200, "OK"])
        expect(handedOn.count()).toBe(1)
        handedOn.restore()
        expect(await receiptOf(eventId)).toMatchObject({ status: "processed" })
      })

      it("answers 409 while another delivery holds a fresh claim, and takes over a claim left five minutes ago by a crashed process", async () => {
        const { event, eventId } = await paidCartEvent()
        const now = new Date()
        const elsewhere = { provider: "stripe", eventId, token: "claim-of-another-process" }
        expect(await receipts().claimWebhookEvent({ ...elsewhere, now, staleBefore: new Date(now.getTime() - 1) })).toBe("claimed")

        const handedOn = countWebhookEvents()
        const whileInFlight = await deliverWebhook(event.payload, event.header)
        expect(whileInFlight.status).toBe(409)
        expect(handedOn.count()).toBe(0)

        // The other process died mid-request: its claim is now older than five minutes.
        const sixMinutesAgo = new Date(now.getTime() - 6 * 60 * 1000)
        await receipts().updateWebhookReceipts({ id: (await receiptOf(eventId)).id, claimed_at: sixMinutesAgo })
        const afterCrash = await deliverWebhook(event.payload, event.header)
        expect([afterCrash.status, afterCrash.data]).toEqual([200, "OK"])
        expect(handedOn.count()).toBe(1)
        handedOn.restore()
        expect(await receiptOf(eventId)).toMatchObject({ status: "processed" })
        expect((await receiptOf(eventId)).claim_token).not.toBe(elsewhere.token)
      })
    })
  },
})
