import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { PAYOUT_MODULE } from "../../src/modules/payout"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"
import type PayoutModuleService from "../../src/modules/payout/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"
import { BOOKING_MODULE } from "../../src/modules/booking"
import type BookingModuleService from "../../src/modules/booking/service"
import { EVENT_MODULE } from "../../src/modules/event"
import type EventModuleService from "../../src/modules/event/service"
import { cancelEventTicketWorkflow } from "../../src/workflows/event/workflows/cancel-event-ticket"
import { cancelBookingWorkflow } from "../../src/workflows/booking/workflows/cancel-booking"
import { recordPaymentRefundsWorkflow } from "../../src/workflows/payout/workflows/record-payment-refunds"
import { releaseEarningsWorkflow } from "../../src/workflows/payout/workflows/release-earnings"
import { runPayoutsWorkflow } from "../../src/workflows/payout/workflows/run-payouts"
import { stripeConnectClient, stripeProvider } from "../../src/workflows/payout/utils/payout-providers"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { FakeStripe, signedStripeEvent } from "../helpers/fake-stripe"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"
import { signInActors } from "../helpers/request-actors"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(240_000)

const DAY = 86_400_000
const CONNECT_SECRET = "whsec_avenrae_connect_test"
const fakeStripe = new FakeStripe()
const previousEnv = { ...process.env }
const ENV_KEYS = ["STRIPE_API_KEY", "STRIPE_API_BASE", "STRIPE_CONNECT_WEBHOOK_SECRET", "PAYOUT_HOLD_DAYS", "PAYOUT_MINIMUM"]

beforeAll(async () => {
  const apiBase = await fakeStripe.start()
  Object.assign(process.env, {
    STRIPE_API_KEY: "sk_test_avenrae",
    STRIPE_API_BASE: apiBase,
    STRIPE_CONNECT_WEBHOOK_SECRET: CONNECT_SECRET,
    PAYOUT_HOLD_DAYS: "7",
    PAYOUT_MINIMUM: "10",
  })
})

afterAll(async () => {
  await fakeStripe.stop()
  for (const key of ENV_KEYS) {
    if (previousEnv[key] === undefined) delete process.env[key]
    else process.env[key] = previousEnv[key]
  }
})

/** Whole cents of a decimal amount, read from its digits. */
const cents = (amount: unknown) => Math.round(Number(amount) * 100)

/**
 * Commission, earnings and payouts: a ledger entry per practitioner line
 * with the rate frozen at the order, money earned by the purchase's outcome,
 * refunds taken back in proportion (reversed at Stripe after a payout, owed
 * when that fails), and payout runs that pay nobody twice.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let admin: { headers: Record<string, string> }
    const ids: Record<"A" | "B" | "C", string> = { A: "", B: "", C: "" }
    const emails = { A: "nomvula@avenrae.test", B: "thabo@avenrae.test", C: "ayesha@avenrae.test" }

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      admin = await adminHeaders(api)
      const practitioners = getContainer().resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
      for (const key of ["A", "B", "C"] as const) ids[key] = (await practitioners.listPractitioners({ email: emails[key] }))[0].id
    })

    const shopper = () => shopperFor(api, store)
    const payouts = () => getContainer().resolve<PayoutModuleService>(PAYOUT_MODULE)
    const staff = {
      get: (url: string) => api.get(url, { ...admin, validateStatus: () => true }),
      post: (url: string, body: unknown = {}) => api.post(url, body, { ...admin, validateStatus: () => true }),
    }
    const as = async (key: "A" | "B" | "C") => withToken(api as any, await demoPractitionerToken(api as any, emails[key]))

    async function eventOf(host: "B" | "C", handle: string) {
      const now = new Date()
      return putOnEvent(getContainer(), fullMoonCircle(now, ids[host], { handle }), now)
    }
    async function newCart() {
      const { data } = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      return data.cart.id as string
    }
    async function addCrystal(cartId: string, sku: string, quantity = 1) {
      const variant = await shopper().variantBySku(sku)
      expect((await shopper().post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity })).status).toBe(200)
      return variant
    }
    async function addSession(cartId: string, hour: number, weekday = 2) {
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const startsAt = nextWeekday("Africa/Johannesburg", weekday, new Date()).set({ hour }).toUTC().toISO()
      const held = await shopper().post(`/store/carts/${cartId}/bookings`, { variant_id: session.variantId, starts_at: startsAt })
      expect(held.status).toBe(201)
      return held.data
    }
    async function addTickets(cartId: string, variantId: string, names: string[]) {
      const added = await shopper().post(`/store/carts/${cartId}/tickets`, {
        variant_id: variantId,
        attendees: names.map((name) => ({ name })),
      })
      expect(added.status).toBe(201)
    }
    async function checkout(cartId: string) {
      await shopper().prepareCheckout(cartId, "pp_system_default")
      const completed = await shopper().post(`/store/carts/${cartId}/complete`)
      expect(completed.data.type).toBe("order")
      return completed.data.order as { id: string }
    }
    const earningsOf = (orderId: string, count: number) =>
      waitFor(
        async () => (await staff.get(`/admin/orders/${orderId}/earnings`)).data.earnings as any[],
        (entries) => entries.filter((e) => e.kind === "sale").length >= count
      )
    async function orderLines(orderId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: [
            "id",
            "total",
            "payment_collections.payments.id",
            "items.id",
            "items.variant_id",
            "items.total",
            "items.tax_total",
            "items.tax_lines.*",
            "items.adjustments.*",
          ],
          filters: { id: orderId },
        })
      return data[0] as any
    }
    const run = (now: Date, practitionerId?: string) =>
      runPayoutsWorkflow(getContainer())
        .run({ input: { trigger: "staff", now, practitioner_id: practitionerId ?? null } })
        .then(
          (r) =>
            r.result as unknown as { payouts_created: number; payouts_sent: number; skipped: { items: any[] }; failures: { items: any[] } }
        )
    async function connectEvent(type: string, object: Record<string, unknown>) {
      const event = signedStripeEvent(type, object, CONNECT_SECRET)
      return api.post("/hooks/stripe-connect", event.payload, {
        headers: { "stripe-signature": event.header, "content-type": "application/json" },
        validateStatus: () => true,
      })
    }
    async function onboard(key: "B" | "C", complete: boolean) {
      const practitioner = await as(key)
      const started = await practitioner.post("/vendor/earnings/stripe-onboarding", {})
      expect(started.status).toBe(201)
      expect(started.data.onboarding.url).toMatch(/^https:\/\/connect\.stripe\.test\/setup\/acct_/)
      const accountId = started.data.onboarding.stripe_account_id as string
      // The audit log's route walk cannot reach this route without Stripe; it is checked here.
      const me = (await practitioner.get("/vendor/me")).data.practitioner.id
      const [audited] = await getContainer()
        .resolve<AuditModuleService>(AUDIT_MODULE)
        .listAuditEntries({ action: "POST /vendor/earnings/stripe-onboarding", actor_id: me }, { order: { created_at: "DESC" }, take: 1 })
      expect(audited).toMatchObject({ actor_type: "practitioner", status_code: 201 })
      if (complete) expect((await connectEvent("account.updated", fakeStripe.completeOnboarding(accountId))).status).toBe(200)
      return accountId
    }

    it("writes one entry per practitioner line with the rate frozen at the order, exact to the cent with a promotion, and none for the house", async () => {
      const promotion = await staff.post("/admin/promotions", {
        code: "LEDGER10",
        type: "standard",
        status: "active",
        application_method: { type: "percentage", target_type: "order", value: 10 },
      })
      expect(promotion.status).toBe(200)
      const event = await eventOf("B", "ledger-circle")

      const cartId = await newCart()
      // Rose quartz is sold by practitioner A (nomvula); amethyst is the house's.
      await addCrystal(cartId, "CRY-ROS-1")
      await addSession(cartId, 9)
      await addTickets(cartId, event.variant(0, 0), ["Ayanda"])
      const house = await addCrystal(cartId, "CRY-AME-S")
      expect((await shopper().post(`/store/carts/${cartId}/promotions`, { promo_codes: ["LEDGER10"] })).status).toBe(200)
      const order = await checkout(cartId)

      const entries = await earningsOf(order.id, 3)
      const sales = entries.filter((e) => e.kind === "sale")
      expect(sales.map((e) => [e.practitioner_id, e.purchase]).sort()).toEqual(
        [
          [ids.A, "crystal"],
          [ids.A, "session"],
          [ids.B, "ticket"],
        ].sort()
      )
      const lines = await orderLines(order.id)
      expect(sales.find((e) => e.line_item_id === lines.items.find((i: any) => i.variant_id === house.id).id)).toBeUndefined()
      let bases = 0
      for (const sale of sales) {
        const line = lines.items.find((item: any) => item.id === sale.line_item_id)
        const base = cents(line.total) - cents(line.tax_total)
        // The promotion reached every line, and its base is after it.
        expect(line.adjustments.map((a: any) => a.code)).toEqual(["LEDGER10"])
        const commission = Math.floor((base * 1500 + 5000) / 10000)
        expect([sale.rate_bps, cents(sale.gross), cents(sale.commission), cents(sale.share)]).toEqual([
          1500,
          base,
          commission,
          base - commission,
        ])
        bases += base
      }
      expect(sales.reduce((sum, e) => sum + cents(e.commission) + cents(e.share), 0)).toBe(bases)
      // Shares stay pending until earned: a ticket from its date's end plus the hold, sessions and crystals later.
      expect(sales.find((e) => e.purchase === "ticket")).toMatchObject({ state: "pending" })
      expect(new Date(sales.find((e) => e.purchase === "ticket").available_at).getTime()).toBe(
        new Date(event.dates[0].ends_at).getTime() + 7 * DAY
      )

      // A new rate applies to new orders only.
      expect((await staff.post(`/admin/practitioners/${ids.A}/commission`, { rate_bps: 2000 })).data.commission_rate_bps).toBe(2000)
      const second = await newCart()
      await addCrystal(second, "CRY-ROS-1")
      const secondOrder = await checkout(second)
      expect((await earningsOf(secondOrder.id, 1)).map((e) => e.rate_bps)).toEqual([2000])
      expect((await staff.get(`/admin/orders/${order.id}/earnings`)).data.earnings).toEqual(entries)
      // A staff refund names no line: each practitioner line gives back its part in proportion to its total.
      const paymentId = lines.payment_collections[0].payments[0].id
      // Captured as the order was placed (a subscriber), before anything can be refunded.
      await waitFor(
        async () =>
          (
            await getContainer()
              .resolve(ContainerRegistrationKeys.QUERY)
              .graph({ entity: "payment", fields: ["captured_at"], filters: { id: paymentId } })
          ).data[0],
        (payment: any) => !!payment?.captured_at
      )
      await refundPaymentWorkflow(getContainer()).run({ input: { payment_id: paymentId, amount: 100 } })
      const spread = await waitFor(
        async () => (await staff.get(`/admin/orders/${order.id}/earnings`)).data.earnings.filter((e: any) => e.kind === "refund"),
        (list: any[]) => list.length === 3
      )
      for (const refund of spread) {
        const line = lines.items.find((item: any) => item.id === refund.line_item_id)
        const part = Math.round((10_000 * cents(line.total)) / cents(lines.total))
        const base = cents(line.total) - cents(line.tax_total)
        expect([refund.source, Math.abs(cents(refund.gross) + Math.round((base * part) / cents(line.total))) <= 1]).toEqual([
          "refund",
          true,
        ])
      }

      // The ledger refuses to be rewritten, even from inside the app.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await expect(knex("ledger_entry").where({ order_id: order.id }).update({ share: 0 })).rejects.toThrow(/append-only/)
      await expect(knex("ledger_entry").where({ order_id: order.id }).delete()).rejects.toThrow(/never deleted/)
    })

    it("earns a completed session after the hold, holds a no-show for staff, and nets a cancelled one to nothing", async () => {
      const cartId = await newCart()
      await addSession(cartId, 9, 3)
      await addSession(cartId, 11, 3)
      await addSession(cartId, 14, 3)
      const order = await checkout(cartId)
      const sales = (await earningsOf(order.id, 3)).filter((e) => e.kind === "sale")
      const bookings = getContainer().resolve<BookingModuleService>(BOOKING_MODULE)
      const booked = await waitFor(
        () => bookings.listBookings({ order_id: order.id }, { order: { starts_at: "ASC" } }),
        (list) => list.length === 3
      )
      const [completed, missed, cancelled] = booked
      await bookings.updateBookings([
        { id: completed.id, status: "completed" },
        { id: missed.id, status: "no_show" },
      ])
      await cancelBookingWorkflow(getContainer()).run({ input: { booking_id: cancelled.id, actor: { by: "staff" }, confirm: true } })
      const now = new Date()
      await releaseEarningsWorkflow(getContainer()).run({ input: { now, booking_ids: booked.map((b) => b.id) } })
      const earnings = await payouts().listEarnings({ order_id: order.id })
      const earningOf = (bookingId: string) => earnings.find((e) => e.booking_id === bookingId)!
      expect(earningOf(completed.id)).toMatchObject({ status: "earned", status_reason: "Session completed" })
      expect(earningOf(completed.id).available_at!.getTime()).toBe(completed.ends_at.getTime() + 7 * DAY)
      expect(earningOf(missed.id)).toMatchObject({ status: "held", available_at: null })
      expect(earningOf(cancelled.id).status).toBe("earned")

      const shareOf = (bookingId: string) => cents(sales.find((e) => e.booking_id === bookingId).share)
      const balance = async (at: Date) =>
        (await payouts().ledgerBalances({ now: at, practitioner_id: ids.A })).find((b) => b.currency_code === "zar")!
      // The cancelled session was refunded in full: its refund entry takes back exactly its share.
      const refunds = await waitFor(
        async () => (await staff.get(`/admin/orders/${order.id}/earnings`)).data.earnings.filter((e: any) => e.kind === "refund"),
        (list: any[]) => list.length === 1
      )
      expect(cents(refunds[0].share)).toBe(-shareOf(cancelled.id))
      expect(cents((await balance(now)).available)).toBe(0)
      const afterHold = new Date(completed.ends_at.getTime() + 7 * DAY + 60_000)
      expect(cents((await balance(afterHold)).available)).toBe(shareOf(completed.id))

      // Staff decide the no-show's money is the practitioner's.
      const released = await staff.post(`/admin/earnings/${earningOf(missed.id).id}/release`, {})
      expect(released.data.earning).toMatchObject({ status: "earned" })
      expect((await staff.post(`/admin/earnings/${earningOf(missed.id).id}/release`, {})).status).toBe(400)
      expect(cents((await balance(new Date())).available)).toBe(shareOf(missed.id))
    })

    it("takes back half of a line for a 50 % policy refund before any payout, reversing nothing", async () => {
      const event = await eventOf("B", "half-refund-circle")
      await getContainer()
        .resolve<EventModuleService>(EVENT_MODULE)
        .updateEvents({ id: event.event.id, cancellation_policy: { refund_tiers: [{ hours_before: 0, percent: 50 }] } })
      const { customer } = await signInActors(api, store, "half-refund@example.com")
      const buyer = { headers: customer, validateStatus: () => true }
      const { data } = await api.post("/store/carts", { region_id: store.regions["South Africa"].id }, buyer)
      expect(
        (await api.post(`/store/carts/${data.cart.id}/tickets`, { variant_id: event.variant(0, 0), attendees: [{ name: "Half" }] }, buyer))
          .status
      ).toBe(201)
      await shopper().prepareCheckout(data.cart.id, "pp_system_default", "half-refund@example.com")
      const order = (await api.post(`/store/carts/${data.cart.id}/complete`, {}, buyer)).data.order
      const [sale] = await earningsOf(order.id, 1)
      const [ticket] = await waitFor(
        () => getContainer().resolve<EventModuleService>(EVENT_MODULE).listEventTickets({ order_id: order.id }),
        (list) => list.length === 1
      )
      const reversalsBefore = fakeStripe.requests.filter((r) => r.path.endsWith("/reversals")).length
      const cancelled = await api.post(`/store/tickets/${ticket.id}/cancel`, { confirm: true }, buyer)
      expect(cancelled.data).toMatchObject({ cancelled: true, refund: { percent: 50 } })
      const [refund] = await waitFor(
        () => payouts().listLedgerEntries({ order_id: order.id, kind: ["refund", "reversal", "debt"] }),
        (list) => list.length === 1
      )
      expect(refund).toMatchObject({ kind: "refund", ticket_id: ticket.id, payout_id: null, source: "cancellation refund" })
      expect(Math.abs(2 * cents(refund.gross) + cents(sale.gross))).toBeLessThanOrEqual(1)
      expect(cents(refund.gross)).toBe(cents(refund.commission) + cents(refund.share))
      expect(fakeStripe.requests.filter((r) => r.path.endsWith("/reversals"))).toHaveLength(reversalsBefore)
    })

    it("pays through Stripe Connect once paid out, reverses exactly the refunded part, owes what Stripe cannot take back, and nets it from the next payout", async () => {
      const practitionerB = await as("B")
      const accountId = await onboard("B", false)
      // Onboarding again reuses the account with a fresh link.
      expect((await practitionerB.post("/vendor/earnings/stripe-onboarding", {})).data.onboarding.stripe_account_id).toBe(accountId)
      expect([...fakeStripe.accounts.values()].filter((a) => a.metadata.practitioner_id === ids.B)).toHaveLength(1)
      const restricted = (await practitionerB.get("/vendor/earnings")).data.account
      expect(restricted).toMatchObject({ provider: "stripe", payouts_enabled: false })
      expect(restricted.requirements_due.length).toBeGreaterThan(0)
      expect((await connectEvent("account.updated", fakeStripe.completeOnboarding(accountId))).status).toBe(200)
      expect((await practitionerB.get("/vendor/earnings")).data.account).toMatchObject({ payouts_enabled: true, requirements_due: [] })
      const forged = await api.post("/hooks/stripe-connect", JSON.stringify({ id: "evt_forged", type: "transfer.paid" }), {
        headers: { "stripe-signature": "t=1,v1=00", "content-type": "application/json" },
        validateStatus: () => true,
      })
      expect(forged.status).toBe(400)

      const event = await eventOf("B", "payout-circle")
      const cartId = await newCart()
      await addTickets(cartId, event.variant(0, 0), ["One", "Two", "Three"])
      const order = await checkout(cartId)
      const [sale] = await earningsOf(order.id, 1)
      const afterDate = new Date(new Date(event.dates[0].ends_at).getTime() + 8 * DAY)

      const firstRun = await run(afterDate, ids.B)
      expect(firstRun).toMatchObject({ payouts_created: 1, payouts_sent: 1 })
      const [payout] = await payouts().listPayouts({ practitioner_id: ids.B })
      expect(payout).toMatchObject({ provider: "stripe", status: "in_transit", transfer_group: order.id })
      const transfer = fakeStripe.transfers.get(payout.transfer_id!)!
      expect([transfer.amount, transfer.destination, transfer.currency]).toEqual([cents(sale.share), accountId, "zar"])
      expect(fakeStripe.requests.find((r) => r.path === "/v1/transfers" && r.body.metadata?.payout_id === payout.id)).toBeDefined()

      // In transit until Stripe says it arrived.
      expect((await connectEvent("transfer.paid", { ...transfer, object: "transfer" })).status).toBe(200)
      expect((await payouts().retrievePayout(payout.id)).status).toBe("paid")
      const balance = (await practitionerB.get("/vendor/earnings")).data.balances[0]
      expect([cents(balance.paid), cents(balance.available), cents(balance.in_transit)]).toEqual([cents(sale.share), 0, 0])

      // Staff cancel one of the three tickets after the payout: exactly its part of the transfer comes back.
      const tickets = await waitFor(
        () =>
          getContainer()
            .resolve<EventModuleService>(EVENT_MODULE)
            .listEventTickets({ order_id: order.id }, { order: { seat: "ASC" } }),
        (list) => list.length === 3
      )
      await cancelEventTicketWorkflow(getContainer()).run({
        input: { ticket_id: tickets[0].id, actor: { by: "staff" }, confirm: true, now: new Date() },
      })
      const reversal = await waitFor(
        async () => (await payouts().listLedgerEntries({ order_id: order.id, kind: "reversal" }))[0],
        (entry) => !!entry
      )
      const reversed = fakeStripe.transfers.get(payout.transfer_id!)!.amount_reversed
      expect(reversed).toBe(-cents(reversal.share))
      expect(reversal).toMatchObject({ payout_id: payout.id, ticket_id: tickets[0].id })
      expect(Math.abs(reversed * 3 - cents(sale.share))).toBeLessThanOrEqual(2)

      // The refund event delivered three times at once reverses nothing more.
      const [paymentId] = (await orderLines(order.id)).payment_collections[0].payments.map((p: any) => p.id)
      await Promise.all(
        [1, 2, 3].map(() => recordPaymentRefundsWorkflow(getContainer()).run({ input: { payment_id: paymentId, now: new Date() } }))
      )
      expect(fakeStripe.transfers.get(payout.transfer_id!)!.amount_reversed).toBe(reversed)
      expect(await payouts().listLedgerEntries({ order_id: order.id, kind: ["reversal", "debt", "refund"] })).toHaveLength(1)

      // The practitioner already moved the money to their bank: the next refund becomes a debt.
      fakeStripe.setBalance(accountId, "zar", 0)
      await cancelEventTicketWorkflow(getContainer()).run({
        input: { ticket_id: tickets[1].id, actor: { by: "staff" }, confirm: true, now: new Date() },
      })
      const debt = await waitFor(
        async () => (await payouts().listLedgerEntries({ order_id: order.id, kind: "debt" }))[0],
        (entry) => !!entry
      )
      expect(debt.reason).toMatch(/balance_insufficient/)
      expect(fakeStripe.transfers.get(payout.transfer_id!)!.amount_reversed).toBe(reversed)
      const owed = (await practitionerB.get("/vendor/earnings")).data.balances[0]
      expect(cents(owed.owed)).toBe(-cents(debt.share))

      // The next payout nets the debt out.
      const next = await newCart()
      await addTickets(next, event.variant(0, 0), ["Four", "Five"])
      const nextOrder = await checkout(next)
      const [nextSale] = await earningsOf(nextOrder.id, 1)
      await run(afterDate, ids.B)
      const [latest] = await payouts().listPayouts({ practitioner_id: ids.B }, { order: { created_at: "DESC" }, take: 1 })
      expect(cents(latest.amount)).toBe(cents(nextSale.share) + cents(debt.share))
      expect(fakeStripe.transfers.get(latest.transfer_id!)!.amount).toBe(cents(latest.amount))
    })

    it("pays nobody twice: concurrent runs, a crash after the transfer, a failed transfer retried, a restricted account skipped", async () => {
      const accountB = await onboard("B", true)
      await onboard("C", false)
      const eventB = await eventOf("B", "runs-circle-b")
      const eventC = await eventOf("C", "runs-circle-c")
      const cartId = await newCart()
      await addTickets(cartId, eventB.variant(0, 0), ["Bongani"])
      await addTickets(cartId, eventC.variant(0, 0), ["Chloe"])
      const order = await checkout(cartId)
      await earningsOf(order.id, 2)
      const later = new Date(new Date(eventB.dates[0].ends_at).getTime() + 8 * DAY)
      const transfersBefore = fakeStripe.transfers.size

      const [one, two] = await Promise.all([run(later), run(later)])
      expect(one.payouts_created + two.payouts_created).toBe(1)
      expect(fakeStripe.transfers.size).toBe(transfersBefore + 1)
      const skipped = [...one.skipped.items, ...two.skipped.items].filter((s: any) => s.practitioner_id === ids.C)
      expect(skipped[0].reason).toMatch(/Stripe account restricted/)
      const entries = await payouts().listLedgerEntries({ order_id: order.id, practitioner_id: ids.B })
      expect(entries.every((entry) => !!entry.payout_id)).toBe(true)
      expect(await payouts().listLedgerEntries({ order_id: order.id, practitioner_id: ids.C, payout_id: { $ne: null } })).toHaveLength(0)

      // A crash after Stripe made the transfer but before the payout was updated: the rerun gets the same transfer back.
      const second = await newCart()
      await addTickets(second, eventB.variant(0, 0), ["Busi"])
      const secondOrder = await checkout(second)
      await earningsOf(secondOrder.id, 1)
      const opened = (await payouts().openPayout({
        practitioner_id: ids.B,
        currency_code: "zar",
        now: later,
        minimum: "10",
        provider: "stripe",
        run_id: null,
      }))!
      const sent = await stripeProvider(stripeConnectClient()).send({
        id: opened.id,
        attempt: 1,
        amount_minor: cents(opened.amount),
        currency_code: "zar",
        destination: accountB,
        transfer_group: secondOrder.id,
        source_transaction: null,
      })
      const crashedTransfers = fakeStripe.transfers.size
      await run(later, ids.B)
      expect(fakeStripe.transfers.size).toBe(crashedTransfers)
      expect(await payouts().retrievePayout(opened.id)).toMatchObject({ status: "in_transit", transfer_id: (sent as any).transfer_id })

      // Stripe refuses a transfer: the payout fails with Stripe's words, staff see it, and the next run tries again.
      const third = await newCart()
      await addTickets(third, eventB.variant(0, 0), ["Bheki"])
      await earningsOf((await checkout(third)).id, 1)
      fakeStripe.failTransfersWith = "Your platform's available balance is too low"
      const failedRun = await run(later, ids.B)
      expect(failedRun.failures.items[0].message).toMatch(/available balance is too low \(balance_insufficient\)/)
      const failed = (await staff.get("/admin/payouts?status=failed")).data.payouts
      expect(failed).toHaveLength(1)
      expect(failed[0]).toMatchObject({ practitioner: { id: ids.B }, failure_message: expect.stringMatching(/too low/) })
      fakeStripe.failTransfersWith = null
      await run(later, ids.B)
      expect(await payouts().retrievePayout(failed[0].id)).toMatchObject({ status: "in_transit", attempt: 2 })
    })

    it("pays a manual practitioner by bank transfer: the export, marked paid with a reference, a PDF statement only they can open", async () => {
      const practitionerA = await as("A")
      const adjusted = await staff.post(`/admin/practitioners/${ids.A}/ledger-adjustments`, {
        currency_code: "ZAR",
        amount: "150.00",
        reason: "Workshop fee agreed by email",
      })
      expect(adjusted.status).toBe(201)
      expect(
        (await staff.post(`/admin/practitioners/${ids.A}/ledger-adjustments`, { currency_code: "zar", amount: "0", reason: "Nothing" }))
          .status
      ).toBe(400)
      const runResult = (await staff.post("/admin/payout-runs", { practitioner_id: ids.A })).data.payout_run
      expect(runResult.payouts_created).toBe(1)
      const [payout] = await payouts().listPayouts({ practitioner_id: ids.A })
      expect(payout).toMatchObject({ provider: "manual", status: "pending" })
      const csv = await staff.get("/admin/payout-balances/owed")
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.data).toContain(`${payout.id},Nomvula`)
      expect(csv.data).toContain(",zar,150,")

      expect((await staff.post(`/admin/payouts/${payout.id}/mark-paid`, {})).status).toBe(400)
      const paid = await staff.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "EFT-2026-0042" })
      expect(paid.data.payout).toMatchObject({ status: "paid", reference: "EFT-2026-0042" })
      expect((await staff.post(`/admin/payouts/${payout.id}/mark-paid`, { reference: "EFT-again" })).status).toBe(200)
      expect(await payouts().listLedgerEntries({ payout_id: payout.id, kind: "payout" })).toHaveLength(1)

      const statement = await api.get(`/vendor/earnings/payouts/${payout.id}/statement`, {
        headers: { authorization: `Bearer ${await demoPractitionerToken(api as any, emails.A)}` },
        responseType: "arraybuffer",
      })
      expect(statement.headers["content-type"]).toBe("application/pdf")
      expect(Buffer.from(statement.data).subarray(0, 5).toString()).toBe("%PDF-")
      const mine = await practitionerA.get(`/vendor/earnings/payouts/${payout.id}`)
      expect(mine.data.payout.entries.map((e: any) => e.kind).sort()).toEqual(["adjustment", "payout"])
      const ledger = await practitionerA.get("/vendor/earnings/entries?format=csv")
      expect(ledger.data).toMatch(/^Date,Kind,Purchase/)
      expect(ledger.data).toContain(",adjustment,")
      // Another practitioner hears "not found"; nobody signed in is let in.
      const practitionerB = await as("B")
      expect((await practitionerB.get(`/vendor/earnings/payouts/${payout.id}`)).status).toBe(404)
      expect((await practitionerB.get(`/vendor/earnings/payouts/${payout.id}/statement`)).status).toBe(404)
      expect((await api.get("/vendor/earnings", { validateStatus: () => true })).status).toBe(401)
    })
  },
})
