import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { sendBookingRemindersWorkflow } from "../../src/workflows/booking/workflows/send-booking-reminders"
import { BOOKING_MODULE } from "../../src/modules/booking"
import BookingModuleService from "../../src/modules/booking/service"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { DURBAN_ADDRESS } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(180_000)

const ZONE = "Africa/Johannesburg"
const HOUR = 3_600_000

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    /** The test's one clock reading: every date a test builds starts from it. */
    let now: Date
    beforeEach(() => {
      now = new Date()
    })
    const bookings = () => getContainer().resolve<BookingModuleService>(BOOKING_MODULE)

    /** A shopper's HTTP client: publishable key, their bearer token, 4xx returned. */
    const asShopper = (token?: string) => {
      const headers: Record<string, string> = { "x-publishable-api-key": store.publishableKey }
      if (token) headers.authorization = `Bearer ${token}`
      const config = { headers, validateStatus: () => true }
      return {
        get: (url: string) => api.get(url, config),
        post: (url: string, body: unknown = {}) => api.post(url, body, config),
      }
    }

    async function newCustomer(email: string) {
      const registered = await api.post("/auth/customer/emailpass/register", { email, password: "moonstone-42" })
      await asShopper(registered.data.token).post("/store/customers", { email, first_name: "Lerato", last_name: "Dube" })
      const login = await api.post("/auth/customer/emailpass", { email, password: "moonstone-42" })
      return login.data.token as string
    }

    /** A placed order with a rose quartz and one confirmed session; returns the booking and order. */
    async function bookAndPay(token: string, handle: string, hour: number) {
      const shopper = asShopper(token)
      const session = await sessionVariant(getContainer(), handle, 60)
      const { data } = await shopper.post("/store/carts", { region_id: store.regions["South Africa"].id })
      const cartId = data.cart.id
      const products = await shopper.get(`/store/products?handle=rose-quartz-tumbled&fields=*variants`)
      await shopper.post(`/store/carts/${cartId}/line-items`, { variant_id: products.data.products[0].variants[0].id, quantity: 1 })
      const startsAt = nextWeekday(ZONE, 2, now).set({ hour }).toUTC().toISO()!
      const held = await shopper.post(`/store/carts/${cartId}/bookings`, { variant_id: session.variantId, starts_at: startsAt })
      expect(held.status).toBe(201)
      await shopper.post(`/store/carts/${cartId}`, {
        email: "lerato@example.com",
        shipping_address: DURBAN_ADDRESS,
        billing_address: DURBAN_ADDRESS,
      })
      const options = await shopper.get(`/store/shipping-options?cart_id=${cartId}`)
      await shopper.post(`/store/carts/${cartId}/shipping-methods`, { option_id: options.data.shipping_options[0].id })
      const collection = await shopper.post("/store/payment-collections", { cart_id: cartId })
      await shopper.post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const completed = await shopper.post(`/store/carts/${cartId}/complete`)
      expect(completed.data.type).toBe("order")
      const booking = await waitFor(
        () => bookings().retrieveBooking(held.data.booking.id),
        (b) => b.status === "confirmed"
      )
      return { booking, order: completed.data.order, session }
    }

    /** Moves a booking to `hours` from now, as if time had passed. */
    async function startsIn(bookingId: string, hours: number) {
      const start = new Date(now.getTime() + hours * HOUR)
      await bookings().updateBookings({
        id: bookingId,
        starts_at: start,
        ends_at: new Date(start.getTime() + HOUR),
        blocked_from: start,
        blocked_until: new Date(start.getTime() + HOUR + 15 * 60_000),
      })
    }

    async function refundsOf(orderId: string) {
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["payment_collections.payments.refunds.amount"],
          filters: { id: orderId },
        })
      return data[0].payment_collections!.flatMap((c: any) => c.payments.flatMap((p: any) => p.refunds.map((r: any) => Number(r.amount))))
    }

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    it.each([
      [30, 100, 9],
      [18, 50, 11],
      [6, 0, 14],
    ])("cancelling %i h before refunds %i %% of the session line only", async (hours, percent, hour) => {
      const token = await newCustomer(`lerato.${hours}@example.com`)
      const { booking, order } = await bookAndPay(token, "nomvula-dlamini", hour)
      const sessionLine = order.items.find((i: any) => i.id === booking.line_item_id)
      await startsIn(booking.id, hours)

      const quote = await asShopper(token).post(`/store/bookings/${booking.id}/cancel`, {})
      expect(quote.status).toBe(200)
      expect(quote.data).toMatchObject({
        cancelled: false,
        refund: { percent, amount: Math.round(Number(sessionLine.total) * percent) / 100 },
      })
      expect((await bookings().retrieveBooking(booking.id)).status).toBe("confirmed")

      const done = await asShopper(token).post(`/store/bookings/${booking.id}/cancel`, { confirm: true, reason: "Travelling" })
      expect(done.status).toBe(200)
      expect(done.data.booking).toMatchObject({ status: "cancelled", cancelled_by: "customer", cancellation_reason: "Travelling" })
      expect(await refundsOf(order.id)).toEqual(percent ? [Math.round(Number(sessionLine.total) * percent) / 100] : [])
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({ entity: "order", fields: ["status", "items.id"], filters: { id: order.id } })
      expect(data[0].items).toHaveLength(2) // the crystal is still bought
      expect(data[0].status).not.toBe("canceled")
    })

    it("shows staff an order's sessions with customer, offering and order, and cancels one with a full refund", async () => {
      const { booking, order, session } = await bookAndPay(await newCustomer("lerato.staff@example.com"), "nomvula-dlamini", 10)
      await bookAndPay(await newCustomer("sipho.staff@example.com"), "nomvula-dlamini", 15)
      const staff = await adminHeaders(api)

      const listed = await api.get(`/admin/bookings?order_id=${order.id}`, staff)
      expect(listed.status).toBe(200)
      expect(listed.data.count).toBe(1)
      expect(listed.data.bookings).toEqual([
        expect.objectContaining({
          id: booking.id,
          practitioner: expect.objectContaining({ handle: "nomvula-dlamini", display_name: "Nomvula Dlamini", timezone: ZONE }),
          customer: expect.objectContaining({ email: "lerato.staff@example.com", first_name: "Lerato", last_name: "Dube" }),
          variant: expect.objectContaining({
            id: session.variantId,
            title: expect.any(String),
            product: expect.objectContaining({ id: session.productId, title: expect.any(String) }),
          }),
          order: { id: order.id, display_id: order.display_id, email: "lerato@example.com", currency_code: "zar" },
        }),
      ])
      const detail = await api.get(`/admin/bookings/${booking.id}`, staff)
      expect(detail.data.booking).toMatchObject({
        id: booking.id,
        customer: { email: "lerato.staff@example.com" },
        variant: { id: session.variantId },
        order: { id: order.id },
      })

      const sessionLine = order.items.find((i: any) => i.id === booking.line_item_id)
      const cancelled = await api.post(`/admin/bookings/${booking.id}/cancel`, { reason: "Practitioner unwell" }, staff)
      expect(cancelled.status).toBe(200)
      expect(cancelled.data).toMatchObject({
        booking: { status: "cancelled", cancelled_by: "staff", cancellation_reason: "Practitioner unwell" },
        refund: { percent: 100, amount: Number(sessionLine.total) },
      })
      expect(await refundsOf(order.id)).toEqual([Number(sessionLine.total)])
      expect((await api.get(`/admin/bookings?order_id=${order.id}&status=confirmed`, staff)).data.bookings).toEqual([])
    })

    it("reminds the shopper and the practitioner once, a day before", async () => {
      const { booking } = await bookAndPay(await newCustomer("lerato.remind@example.com"), "lindiwe-khumalo", 9)
      const run = () => sendBookingRemindersWorkflow(getContainer()).run({ input: { now } })
      expect((await run()).result).not.toContain(booking.id) // more than a day away
      await startsIn(booking.id, 20)
      expect((await run()).result).toContain(booking.id)
      expect((await run()).result).not.toContain(booking.id)
      const sent = await getContainer()
        .resolve(Modules.NOTIFICATION)
        .listNotifications({ resource_id: booking.id, trigger_type: "booking.reminder" })
      expect(sent.map((n: any) => n.to).sort()).toEqual(["lerato@example.com", "lindiwe@avenrae.test"])
    })

    it("moves a session to a free time, refuses a taken one, and keeps strangers out", async () => {
      const token = await newCustomer("lerato.move@example.com")
      const { booking, order, session } = await bookAndPay(token, "thabo-mokoena", 9)
      const other = await bookAndPay(await newCustomer("sipho.move@example.com"), "thabo-mokoena", 11)
      const shopper = asShopper(token)

      // Its own time does not block a move: half an hour later overlaps it and is offered; the other client's is not.
      const day = nextWeekday(ZONE, 2, now)
      const window = `from=${encodeURIComponent(day.startOf("day").toUTC().toISO()!)}&to=${encodeURIComponent(day.endOf("day").toUTC().toISO()!)}`
      const startsOf = (answer: any) => answer.data.slots.map((slot: any) => Date.parse(slot.starts_at))
      const halfPast = day.set({ hour: 9, minute: 30 }).toMillis()
      const movable = await shopper.get(`/store/bookings/${booking.id}/slots?${window}&tz=Europe/London`)
      expect(movable.status).toBe(200)
      expect(movable.data).toMatchObject({ timezone: "Europe/London", practitioner_timezone: ZONE, duration_minutes: 60 })
      expect(startsOf(movable)).toContain(halfPast)
      expect(startsOf(movable)).not.toContain(new Date(other.booking.starts_at).getTime())
      const open = await shopper.get(`/store/practitioners/thabo-mokoena/slots?variant_id=${session.variantId}&${window}`)
      expect(startsOf(open)).not.toContain(halfPast)
      expect((await shopper.get(`/store/bookings/${booking.id}/slots?tz=Mars/Olympus`)).status).toBe(400)

      const taken = await shopper.post(`/store/bookings/${booking.id}/reschedule`, {
        starts_at: new Date(other.booking.starts_at).toISOString(),
      })
      expect(taken.status).toBe(409)
      expect(taken.data.message).toMatch(/not free|just taken/)
      const free = nextWeekday(ZONE, 2, now).set({ hour: 14 }).toUTC().toISO()!
      const moved = await shopper.post(`/store/bookings/${booking.id}/reschedule`, { starts_at: free })
      expect(moved.status).toBe(200)
      expect(moved.data.booking).toMatchObject({ reschedule_count: 1, status: "confirmed" })
      expect(new Date(moved.data.booking.starts_at).toISOString()).toBe(free)

      const stranger = asShopper(await newCustomer("stranger@example.com"))
      expect((await stranger.post(`/store/bookings/${booking.id}/cancel`, {})).status).toBe(404)
      expect((await stranger.post(`/store/bookings/${booking.id}/reschedule`, { starts_at: free })).status).toBe(404)
      expect((await stranger.get(`/store/bookings/${booking.id}/calendar.ics`)).status).toBe(404)
      expect((await stranger.get(`/store/bookings/${booking.id}/slots`)).status).toBe(404)
      // Without a login, the order's id (which the confirmation page has) opens the file; another order's does not.
      expect((await asShopper().get(`/store/bookings/${booking.id}/calendar.ics`)).status).toBe(404)
      expect((await asShopper().get(`/store/bookings/${booking.id}/calendar.ics?order_id=${other.order.id}`)).status).toBe(404)
      const guestFile = await asShopper().get(`/store/bookings/${booking.id}/calendar.ics?order_id=${order.id}`)
      expect(guestFile.status).toBe(200)
      expect(guestFile.data).toMatch(/SUMMARY:Session with Thabo Mokoena/)
      expect(guestFile.data).not.toMatch(/^(URL|LOCATION):/m) // the meeting link goes to the client's email only
      expect((await asShopper().get(`/store/bookings/${booking.id}/calendar.ics?order_id=`)).status).toBe(400)
      expect((await asShopper().post(`/store/bookings/${booking.id}/cancel`, {})).status).toBe(401)

      const ics = await shopper.get(`/store/bookings/${booking.id}/calendar.ics`)
      expect(ics.status).toBe(200)
      expect(ics.headers["content-type"]).toMatch(/text\/calendar/)
      expect(ics.data).toContain(`DTSTART:${free.replace(/[-:]/g, "").replace(/\.\d{3}/, "")}`)
      expect(ics.data).toMatch(/^(URL|LOCATION):/m)

      const mine = await shopper.get("/store/customers/me/bookings?status=upcoming")
      expect(mine.data.bookings.map((b: any) => b.id)).toEqual([booking.id])
      expect(mine.data.bookings[0].practitioner).toMatchObject({ handle: "thabo-mokoena" })
      expect(mine.data.bookings[0].order).toEqual({ id: order.id, display_id: order.display_id, currency_code: "zar" })
      expect(mine.data.bookings[0].variant).toMatchObject({ title: expect.any(String), product: { title: expect.any(String) } })

      await startsIn(booking.id, 6)
      const late = await shopper.post(`/store/bookings/${booking.id}/reschedule`, { starts_at: free })
      expect(late.status).toBe(400)
      expect(late.data.message).toMatch(/until 12 hours before/)
      const lateSlots = await shopper.get(`/store/bookings/${booking.id}/slots`)
      expect(lateSlots.status).toBe(400)
      expect(lateSlots.data.message).toMatch(/until 12 hours before/)
    })
  },
})
