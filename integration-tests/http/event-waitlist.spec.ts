import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow } from "@medusajs/medusa/core-flows"
import { EVENT_MODULE } from "../../src/modules/event"
import EventModuleService from "../../src/modules/event/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import PractitionerModuleService from "../../src/modules/practitioner/service"
import { offerFreedSeatsWorkflow } from "../../src/workflows/event/workflows/offer-freed-seats"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { demoPractitionerToken } from "../helpers/practitioner-login"
import { signInActors } from "../helpers/request-actors"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(300_000)

const HOUR = 3_600_000

/**
 * After the sale: a sold-out date's waitlist takes freed seats before the
 * public does, offers them by email behind a single-use link that opens into
 * a cart, and moves on when an offer lapses; a shopper cancels one ticket of
 * a mixed order and only that ticket is refunded; a host cancels a whole date
 * and every ticket is refunded once, however often it is run.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let hostId: string
    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      const [nomvula] = await getContainer()
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ email: "nomvula@avenrae.test" })
      hostId = nomvula.id
    })
    const shopper = () => shopperFor(api, store)
    const events = () => getContainer().resolve<EventModuleService>(EVENT_MODULE)
    const notifications = (filters: Record<string, unknown>) => getContainer().resolve(Modules.NOTIFICATION).listNotifications(filters)

    async function circle(handle: string, capacity: number) {
      const now = new Date()
      const event = fullMoonCircle(now, hostId, { handle })
      event.dates[0].capacity = capacity
      return putOnEvent(getContainer(), event, now)
    }
    /** A signed-in shopper's cart API. */
    async function signedInShopper(email: string) {
      const { customer } = await signInActors(api, store, email)
      const config = { headers: customer, validateStatus: () => true }
      return {
        get: (url: string) => api.get(url, config),
        post: (url: string, body: unknown = {}) => api.post(url, body, config),
        delete: (url: string) => api.delete(url, config),
        async cart() {
          const { data } = await api.post("/store/carts", { region_id: store.regions["South Africa"].id }, config)
          return data.cart.id as string
        },
      }
    }
    async function checkout(cartId: string, email = "thandi@example.com") {
      await shopper().prepareCheckout(cartId, "pp_system_default", email)
      const completed = await shopper().post(`/store/carts/${cartId}/complete`)
      expect(completed.data.type).toBe("order")
      return completed.data.order
    }
    const ticketsOf = (orderId: string) =>
      waitFor(
        () => events().listEventTickets({ order_id: orderId }, { order: { seat: "ASC" } }),
        (tickets) => tickets.length > 0
      )
    async function refundsOf(orderId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["payment_collections.payments.refunds.amount"], filters: { id: orderId } })
      return (data[0] as any).payment_collections.flatMap((c: any) =>
        c.payments.flatMap((p: any) => p.refunds.map((r: any) => Number(r.amount)))
      )
    }
    const seatsLeftOn = async (handle: string, dateId: string) =>
      (await shopper().get(`/store/events/${handle}`)).data.event.dates.find((d: any) => d.id === dateId).seats_left
    const offerLink = async (entryId: string) => {
      const [mail] = await waitFor(
        () => notifications({ resource_id: entryId, template: "waitlist-offer" }),
        (mails) => mails.length === 1
      )
      return String((mail.data as any).link)
    }
    const tokenOf = (link: string) => link.slice(link.lastIndexOf("/") + 1)

    it("gives freed seats to the waitlist in order, behind a single-use link into a cart, and moves on when an offer lapses", async () => {
      const event = await circle("waitlist-circle", 2)
      const date = event.dates[0].id
      const general = event.variant(0, 0)
      const buyer = await signedInShopper("waitlist-buyer@example.com")
      const cart = await buyer.cart()
      expect(
        (await buyer.post(`/store/carts/${cart}/tickets`, { variant_id: general, attendees: [{ name: "Ann" }, { name: "Ben" }] })).status
      ).toBe(201)
      const order = await checkout(cart)
      const [ann, ben] = await ticketsOf(order.id)

      // Not sold out yet on the second date: no waitlist there.
      const early = await shopper().post(`/store/event-dates/${event.dates[1].id}/waitlist`, { email: "early@example.com" })
      expect(early.status).toBe(409)
      expect(early.data.message).toMatch(/is not sold out: 30 seats are still on sale/)

      const join = (email: string, quantity: number) => shopper().post(`/store/event-dates/${date}/waitlist`, { email, quantity })
      const first = await join("First@Example.com", 1)
      expect(first.status).toBe(201)
      expect(first.data.waitlist_entry).toMatchObject({ email: "first@example.com", quantity: 1, status: "waiting", place: 1 })
      const pair = await join("pair@example.com", 2)
      const third = await join("third@example.com", 1)
      const fourth = await join("fourth@example.com", 1)
      expect([pair.data.waitlist_entry.place, third.data.waitlist_entry.place, fourth.data.waitlist_entry.place]).toEqual([2, 3, 4])
      const again = await join("first@example.com", 1)
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/first@example.com is already on the waitlist/)
      const tooMany = await join("many@example.com", 11)
      expect(tooMany.status).toBe(400)
      expect(tooMany.data.message).toMatch(/at most 10 seats per person/)
      expect((await shopper().post(`/store/event-dates/${date}/waitlist`, { quantity: 1 })).data.message).toMatch(/email is required/)

      // One ticket cancelled: its seat is offered to the first in line, not put back on sale.
      const quote = await buyer.post(`/store/tickets/${ann.id}/cancel`, {})
      expect(quote.data).toMatchObject({ cancelled: false, refund: { percent: 100, amount: 402.5, currency_code: "zar" } })
      expect((await buyer.post(`/store/tickets/${ann.id}/cancel`, { confirm: true })).data.cancelled).toBe(true)
      const firstLink = await offerLink(first.data.waitlist_entry.id)
      expect(firstLink).toMatch(/^http:\/\/localhost:8000\/waitlist\/[A-Za-z0-9_-]{32}$/)
      expect(await seatsLeftOn("waitlist-circle", date)).toBe(0)
      const stranger = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      const publicTry = await shopper().post(`/store/carts/${stranger.data.cart.id}/tickets`, {
        variant_id: general,
        attendees: [{ name: "Zed" }],
      })
      expect(publicTry.status).toBe(409)
      expect(publicTry.data.message).toMatch(/sold out/)

      // The link shows the offer and puts its seat into the claimant's cart, once.
      const token = tokenOf(firstLink)
      const offer = await shopper().get(`/store/waitlist-offers/${token}`)
      expect(offer.data.waitlist_offer).toMatchObject({ quantity: 1, event: { handle: "waitlist-circle" }, date: { id: date } })
      const claimCart = stranger.data.cart.id
      const tooBig = await shopper().post(`/store/carts/${claimCart}/tickets`, {
        variant_id: general,
        attendees: [{ name: "Fay" }, { name: "Gus" }],
        waitlist_token: token,
      })
      expect(tooBig.status).toBe(409)
      expect(tooBig.data.message).toMatch(/keeps 1 seat: name at most that many attendees/)
      const claimed = await shopper().post(`/store/carts/${claimCart}/tickets`, {
        variant_id: general,
        attendees: [{ name: "Fay" }],
        waitlist_token: token,
      })
      expect(claimed.status).toBe(201)
      const reused = await shopper().post(`/store/carts/${await buyer.cart()}/tickets`, {
        variant_id: general,
        attendees: [{ name: "Fay" }],
        waitlist_token: token,
      })
      expect(reused.status).toBe(409)
      expect(reused.data.message).toMatch(/already used/)
      expect((await shopper().get(`/store/waitlist-offers/${token}`)).status).toBe(404)
      const claimOrder = await checkout(claimCart, "first@example.com")
      expect((await ticketsOf(claimOrder.id)).map((t) => t.attendee_name)).toEqual(["Fay"])

      // The next seat: the pair does not fit in one, so the third in line gets it; their offer lapses and it moves to the fourth.
      expect((await buyer.post(`/store/tickets/${ben.id}/cancel`, { confirm: true })).data.cancelled).toBe(true)
      await offerLink(third.data.waitlist_entry.id)
      const entry = (id: string) => events().retrieveEventWaitlistEntry(id)
      expect((await entry(pair.data.waitlist_entry.id)).status).toBe("waiting")
      const later = new Date(Date.now() + 25 * HOUR)
      const { result } = await offerFreedSeatsWorkflow(getContainer()).run({ input: { event_date_id: date, now: later } })
      expect(result.expired).toEqual([third.data.waitlist_entry.id])
      expect(result.offers.map((o) => o.id)).toEqual([fourth.data.waitlist_entry.id])
      // Run again: nothing moves twice.
      const { result: rerun } = await offerFreedSeatsWorkflow(getContainer()).run({ input: { event_date_id: date, now: later } })
      expect(rerun).toEqual({ offers: [], expired: [] })
      expect((await notifications({ resource_id: fourth.data.waitlist_entry.id, template: "waitlist-offer" })).length).toBe(1)

      // The refunds: each cancelled ticket once, its own price.
      expect(await refundsOf(order.id)).toEqual([402.5, 402.5])
      expect((await buyer.post(`/store/tickets/${ann.id}/cancel`, { confirm: true })).data.message).toMatch(/already refunded/)
    })

    it("lets a signed-in shopper see and leave their place; leaving with an offer passes it on", async () => {
      const event = await circle("leave-the-line", 1)
      const date = event.dates[0].id
      const buyer = await signedInShopper("leave-buyer@example.com")
      const cart = await buyer.cart()
      await buyer.post(`/store/carts/${cart}/tickets`, { variant_id: event.variant(0, 0), attendees: [{ name: "Solo" }] })
      const order = await checkout(cart)
      const [solo] = await ticketsOf(order.id)
      const waiter = await signedInShopper("leaver@example.com")
      const joined = await waiter.post(`/store/event-dates/${date}/waitlist`, {})
      expect(joined.data.waitlist_entry).toMatchObject({ email: "leaver@example.com", quantity: 1, place: 1 })
      const next = await shopper().post(`/store/event-dates/${date}/waitlist`, { email: "next@example.com" })
      const mine = await waiter.get("/store/customers/me/waitlist")
      expect(mine.data.waitlist).toEqual([
        expect.objectContaining({
          id: joined.data.waitlist_entry.id,
          status: "waiting",
          place: 1,
          event: expect.objectContaining({ handle: "leave-the-line" }),
        }),
      ])
      expect((await buyer.get("/store/customers/me/waitlist")).data.waitlist).toEqual([])
      expect((await buyer.delete(`/store/customers/me/waitlist/${joined.data.waitlist_entry.id}`)).status).toBe(404)

      await buyer.post(`/store/tickets/${solo.id}/cancel`, { confirm: true })
      await offerLink(joined.data.waitlist_entry.id)
      expect((await waiter.delete(`/store/customers/me/waitlist/${joined.data.waitlist_entry.id}`)).status).toBe(200)
      await offerLink(next.data.waitlist_entry.id)
      expect((await events().retrieveEventWaitlistEntry(joined.data.waitlist_entry.id)).status).toBe("left")
    })

    it("cancels one ticket of a mixed order whose crystal has shipped: only that ticket is refunded and its seat returns", async () => {
      const event = await circle("mixed-order-circle", 20)
      const buyer = await signedInShopper("mixed-order@example.com")
      const cart = await buyer.cart()
      const crystal = await shopper().variantBySku("CRY-ROS-1")
      expect((await buyer.post(`/store/carts/${cart}/line-items`, { variant_id: crystal.id, quantity: 1 })).status).toBe(200)
      await buyer.post(`/store/carts/${cart}/tickets`, { variant_id: event.variant(0, 0), attendees: [{ name: "Cara" }, { name: "Dan" }] })
      const order = await checkout(cart)
      const [cara] = await ticketsOf(order.id)
      const container = getContainer()
      const { data: orders } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["items.id", "items.variant_id", "items.quantity"], filters: { id: order.id } })
      const crystalLine = (orders[0] as any).items.find((item: any) => item.variant_id === crystal.id)
      const { result: fulfillment } = await createOrderFulfillmentWorkflow(container).run({
        input: { order_id: order.id, items: [{ id: crystalLine.id, quantity: 1 }] },
      })
      await createOrderShipmentWorkflow(container).run({
        input: { order_id: order.id, fulfillment_id: fulfillment.id, items: [{ id: crystalLine.id, quantity: 1 }] },
      })
      const seatsBefore = await seatsLeftOn("mixed-order-circle", event.dates[0].id)

      // Its date as a calendar file, for the buyer only.
      const ics = await buyer.get(`/store/tickets/${cara.id}/calendar.ics`)
      expect(ics.headers["content-type"]).toMatch(/^text\/calendar/)
      expect(ics.data).toMatch(/X-WR-TIMEZONE:Africa\/Johannesburg[\s\S]*SUMMARY:Full-moon sound circle[\s\S]*LOCATION:The Glasshouse/)

      // A stranger and nobody at all hear "not found" and "log in".
      const stranger = await signedInShopper("not-the-buyer@example.com")
      expect((await stranger.get(`/store/tickets/${cara.id}/calendar.ics`)).status).toBe(404)
      expect((await stranger.post(`/store/tickets/${cara.id}/cancel`, { confirm: true })).status).toBe(404)
      expect((await shopper().post(`/store/tickets/${cara.id}/cancel`, {})).status).toBe(401)

      const cancelled = await buyer.post(`/store/tickets/${cara.id}/cancel`, { confirm: true, reason: "Cara cannot come" })
      expect(cancelled.data).toMatchObject({ cancelled: true, refund: { amount: 402.5, of_ticket_price: 402.5 } })
      expect(await refundsOf(order.id)).toEqual([402.5])
      expect(await seatsLeftOn("mixed-order-circle", event.dates[0].id)).toBe(seatsBefore + 1)
      const tickets = await events().listEventTickets({ order_id: order.id }, { order: { seat: "ASC" } })
      expect(tickets.map((t) => [t.attendee_name, t.status])).toEqual([
        ["Cara", "refunded"],
        ["Dan", "valid"],
      ])
      const { data: after } = await container
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["status", "fulfillments.shipped_at"], filters: { id: order.id } })
      const placed = after[0] as any
      expect(placed.status).toBe("pending")
      expect(placed.fulfillments[0].shipped_at).not.toBeNull()
      const [mail] = await waitFor(
        () => notifications({ resource_id: cara.id, template: "ticket-cancelled" }),
        (mails) => mails.length === 1
      )
      expect(mail.to).toBe("thandi@example.com")
      expect(mail.data as any).toMatchObject({ attendee: "Cara", refund_amount: 402.5, reason: "Cara cannot come" })
    })

    it("refunds nothing once the policy says so, and lets the host set their own tiers", async () => {
      const now = new Date()
      const soon = fullMoonCircle(now, hostId, { handle: "too-late-to-refund" })
      soon.dates[0].starts_at = new Date(now.getTime() + 3 * 24 * HOUR)
      soon.dates[0].ends_at = new Date(now.getTime() + 3 * 24 * HOUR + 2 * HOUR)
      const event = await putOnEvent(getContainer(), soon, now)
      const buyer = await signedInShopper("late-canceller@example.com")
      const cart = await buyer.cart()
      await buyer.post(`/store/carts/${cart}/tickets`, { variant_id: event.variant(0, 0), attendees: [{ name: "Late" }] })
      const order = await checkout(cart)
      const [late] = await ticketsOf(order.id)
      expect((await buyer.post(`/store/tickets/${late.id}/cancel`, {})).data.refund).toMatchObject({ percent: 0, amount: 0 })
      await events().updateEvents({
        id: event.event.id,
        cancellation_policy: {
          refund_tiers: [
            { hours_before: 24, percent: 50 },
            { hours_before: 0, percent: 0 },
          ],
        },
      })
      expect((await buyer.post(`/store/tickets/${late.id}/cancel`, {})).data.refund).toMatchObject({ percent: 50, amount: 201.25 })
    })

    it("cancels a whole date for its host: every ticket refunded in full once, holds released, the waitlist told — and again changes nothing", async () => {
      const event = await circle("cancelled-date-circle", 3)
      const date = event.dates[0].id
      const buyer = await signedInShopper("date-cancel-buyer@example.com")
      const cart = await buyer.cart()
      await buyer.post(`/store/carts/${cart}/tickets`, { variant_id: event.variant(0, 0), attendees: [{ name: "Eve" }, { name: "Fin" }] })
      const order = await checkout(cart)
      await ticketsOf(order.id)
      const heldCart = await buyer.cart()
      await buyer.post(`/store/carts/${heldCart}/tickets`, { variant_id: event.variant(0, 1), attendees: [{ name: "Gia" }] })
      const waiting = await shopper().post(`/store/event-dates/${date}/waitlist`, { email: "hopeful@example.com" })
      expect(waiting.status).toBe(201)

      const otherHost = await demoPractitionerToken(api, "thabo@avenrae.test")
      const asOther = await api.post(
        `/vendor/events/dates/${date}/cancel`,
        { reason: "Not mine" },
        { headers: { authorization: `Bearer ${otherHost}` }, validateStatus: () => true }
      )
      expect(asOther.status).toBe(404)
      const host = {
        headers: { authorization: `Bearer ${await demoPractitionerToken(api, "nomvula@avenrae.test")}` },
        validateStatus: () => true,
      }
      expect((await api.post(`/vendor/events/dates/${date}/cancel`, {}, host)).data.message).toMatch(/reason.* is required/)

      const cancel = () => api.post(`/vendor/events/dates/${date}/cancel`, { reason: "The venue flooded" }, host)
      const first = await cancel()
      expect(first.status).toBe(200)
      expect(first.data.event_date_cancellation).toMatchObject({
        tickets_cancelled: 2,
        refunded: { zar: 805 },
        holds_released: 1,
        waitlist_told: 1,
      })
      const second = await cancel()
      expect(second.data.event_date_cancellation).toMatchObject({ tickets_cancelled: 0, refunded: {}, holds_released: 0, waitlist_told: 0 })
      expect(await refundsOf(order.id)).toEqual([402.5, 402.5])
      expect((await events().listEventTickets({ order_id: order.id })).every((t) => t.status === "refunded")).toBe(true)
      expect((await events().retrieveEventDate(date)).status).toBe("cancelled")
      const told = await notifications({ resource_id: waiting.data.waitlist_entry.id, template: "event-date-cancelled" })
      expect((told[0].data as any).reason).toBe("The venue flooded")
      // Its cart can no longer check the held ticket out.
      await shopper().prepareCheckout(heldCart, "pp_system_default")
      const refused = await shopper().post(`/store/carts/${heldCart}/complete`)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/no longer held/)
      // Staff can cancel any date; this one is done already.
      const staff = await adminHeaders(api)
      const byStaff = await api.post(`/admin/events/dates/${date}/cancel`, { reason: "Again" }, { ...staff, validateStatus: () => true })
      expect(byStaff.data.event_date_cancellation.tickets_cancelled).toBe(0)
    })

    it("keeps a date's queue bounded and one email from being signed up over and over", async () => {
      const event = await circle("bounded-queue", 1)
      const date = event.dates[0].id
      const buyer = await signedInShopper("bounded-buyer@example.com")
      const cart = await buyer.cart()
      await buyer.post(`/store/carts/${cart}/tickets`, { variant_id: event.variant(0, 0), attendees: [{ name: "Only" }] })
      await checkout(cart)
      const join = (email: string) => shopper().post(`/store/event-dates/${date}/waitlist`, { email })
      // The same email, again and again: "already on it", then no more tries for a while.
      const answers: Array<{ status: number; data: { message?: string } }> = []
      for (let i = 0; i < 11; i++) answers.push(await join("victim@example.com"))
      expect(answers.slice(0, 10).map((a) => a.status)).toEqual([201, ...Array(9).fill(409)])
      expect(answers[10].status).toBe(429)
      expect(answers[10].data.message).toMatch(/waitlist sign-ups for this email/)
      // A one-seat date's queue holds 50 places; the 51st is told it is full.
      for (let i = 1; i < 50; i++) expect((await join(`queue-${i}@example.com`)).status).toBe(201)
      const full = await join("queue-50@example.com")
      expect(full.status).toBe(409)
      expect(full.data.message).toMatch(/^The waitlist for Full-moon sound circle, .+ is full\.$/)
    })
  },
})
