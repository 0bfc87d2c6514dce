import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../src/modules/booking"
import { confirmOrderBookingsWorkflow } from "../../src/workflows/booking/workflows/confirm-order-bookings"
import { expireBookingHoldsWorkflow } from "../../src/workflows/booking/workflows/expire-booking-holds"
import BookingModuleService from "../../src/modules/booking/service"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { signInActors } from "../helpers/request-actors"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(180_000)

const ZONE = "Africa/Johannesburg"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    /** The test's one clock reading: every date a test builds starts from it. */
    let now: Date
    beforeEach(() => {
      now = new Date()
    })
    const shopper = () => shopperFor(api, store)
    const bookings = () => getContainer().resolve<BookingModuleService>(BOOKING_MODULE)
    const at = (hour: number, minute = 0) => nextWeekday(ZONE, 1, now).set({ hour, minute }).toUTC().toISO()!

    async function newCart() {
      const { data } = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      return data.cart.id as string
    }
    const hold = (cartId: string, variantId: string, startsAt: string, extra: object = {}) =>
      shopper().post(`/store/carts/${cartId}/bookings`, { variant_id: variantId, starts_at: startsAt, timezone: "Europe/London", ...extra })

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })

    it("puts a crystal and two practitioners' sessions in one cart, pays once and confirms both bookings", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const thabo = await sessionVariant(getContainer(), "thabo-mokoena", 45)
      const cartId = await newCart()
      const crystal = await shopper().variantBySku("CRY-ROS-1")
      expect((await shopper().post(`/store/carts/${cartId}/line-items`, { variant_id: crystal.id, quantity: 2 })).status).toBe(200)
      const first = await hold(cartId, nomvula.variantId, at(9), { notes: "First visit" })
      expect(first.status).toBe(201)
      expect(first.data.booking).toMatchObject({
        status: "held",
        cart_id: cartId,
        customer_timezone: "Europe/London",
        notes: "First visit",
      })
      const second = await hold(cartId, thabo.variantId, at(10), { meeting_mode: "in_person" })
      expect(second.status).toBe(201)

      const { data: cartData } = await shopper().get(`/store/carts/${cartId}`)
      const { data: held } = await shopper().get(`/store/carts/${cartId}/bookings`)
      expect(held.bookings.map((b: any) => b.id).sort()).toEqual([first.data.booking.id, second.data.booking.id].sort())
      const carried = new Set(held.bookings.map((b: any) => b.line_item_id))
      const sessionLines = cartData.cart.items.filter((i: any) => carried.has(i.id))
      expect(sessionLines).toHaveLength(2)
      expect(sessionLines.every((l: any) => l.requires_shipping === false && l.quantity === 1)).toBe(true)

      await shopper().prepareCheckout(cartId, "pp_system_default")
      const completed = await shopper().post(`/store/carts/${cartId}/complete`)
      expect(completed.status).toBe(200)
      expect(completed.data.type).toBe("order")
      const order = completed.data.order
      expect(order.items).toHaveLength(3)

      const confirmed = await waitFor(
        () => bookings().listBookings({ id: [first.data.booking.id, second.data.booking.id] }),
        (list) => list.every((b) => b.status === "confirmed")
      )
      expect(confirmed.map((b) => b.order_id)).toEqual([order.id, order.id])
      const online = confirmed.find((b) => b.id === first.data.booking.id)!
      const inPerson = confirmed.find((b) => b.id === second.data.booking.id)!
      expect(online.meeting_url).toMatch(/^https:\/\/meet\.jit\.si\/avenrae-[0-9a-f]{24}$/)
      expect(inPerson.meeting_url).toBeNull()
      expect(online.hold_expires_at).toBeNull()
      // Each booking names the order line that paid for it; that line is the session's own.
      const orderLines = new Map(order.items.map((item: any) => [item.id, item]))
      expect(confirmed.map((b) => (orderLines.get(b.line_item_id!) as any)?.variant_id).sort()).toEqual(
        [nomvula.variantId, thabo.variantId].sort()
      )
      const { data: bought } = await shopper().get(`/store/orders/${order.id}/bookings`)
      expect(bought.bookings.map((b: any) => b.id).sort()).toEqual([online.id, inPerson.id].sort())
      expect(bought.bookings.every((b: any) => !("meeting_url" in b) && !("meeting_address" in b))).toBe(true)

      // The emails go out in the same workflow, just after the confirmation.
      const notifications = await waitFor(
        () => getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: online.id }),
        (list) => list.length >= 2
      )
      expect(notifications.map((n: any) => n.template).sort()).toEqual(["booking-confirmed-customer", "booking-confirmed-practitioner"])
      expect(notifications.find((n: any) => n.template === "booking-confirmed-practitioner")!.to).toBe("nomvula@avenrae.test")

      // The same event again confirms nothing twice and sends nothing new.
      const { result } = await confirmOrderBookingsWorkflow(getContainer()).run({ input: { order_id: order.id } })
      expect(result).toEqual([])
      expect(await getContainer().resolve(Modules.NOTIFICATION).listNotifications({ resource_id: online.id })).toHaveLength(2)
    })

    it("refuses to complete a cart whose hold has expired, in words", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const cartId = await newCart()
      const held = await hold(cartId, nomvula.variantId, at(13))
      expect(held.status).toBe(201)
      await shopper().prepareCheckout(cartId, "pp_system_default")
      // Past its expiry just before completing: the minute's expiry job would otherwise make it "no longer held".
      await bookings().updateBookings({ id: held.data.booking.id, hold_expires_at: new Date(now.getTime() - 1000) })
      const completed = await shopper().post(`/store/carts/${cartId}/complete`)
      expect(completed.status).toBe(400)
      expect(completed.data.message).toMatch(/Your hold on .* has expired\. Remove it from the cart and choose a time again\./)
    })

    it("expires a stale hold on the job's run, freeing its time", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const held = await hold(await newCart(), nomvula.variantId, at(16))
      await bookings().updateBookings({ id: held.data.booking.id, hold_expires_at: new Date(now.getTime() - 1000) })
      const { result } = await expireBookingHoldsWorkflow(getContainer()).run({ input: { now } })
      expect(result.expire).toContain(held.data.booking.id)
      expect((await bookings().retrieveBooking(held.data.booking.id)).status).toBe("expired")
      expect((await hold(await newCart(), nomvula.variantId, at(16))).status).toBe(201)
    })

    it("frees the slot when the session's line is removed", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const cartId = await newCart()
      const held = await hold(cartId, nomvula.variantId, at(14))
      const free = async () => {
        const monday = nextWeekday(ZONE, 1, now)
        const { data } = await shopper().get(
          `/store/practitioners/nomvula-dlamini/slots?variant_id=${nomvula.variantId}&from=${encodeURIComponent(monday.toISO()!)}&to=${encodeURIComponent(monday.plus({ days: 1 }).toISO()!)}`
        )
        return data.slots.map((s: { starts_at: string }) => s.starts_at) as string[]
      }
      expect(await free()).not.toContain(at(14))
      const removed = await shopper().delete(`/store/carts/${cartId}/line-items/${held.data.booking.line_item_id}`)
      expect(removed.status).toBe(200)
      const released = await waitFor(
        () => bookings().retrieveBooking(held.data.booking.id),
        (b) => b.status === "cancelled"
      )
      expect(released.status).toBe("cancelled")
      expect(await free()).toContain(at(14))
      expect((await hold(await newCart(), nomvula.variantId, at(14))).status).toBe(201)
    })

    it("drops the delivery charge when the last shipped item leaves the cart, so sessions alone pay none", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const cartId = await newCart()
      const crystal = await shopper().variantBySku("CRY-ROS-1")
      const added = await shopper().post(`/store/carts/${cartId}/line-items`, { variant_id: crystal.id, quantity: 1 })
      expect((await hold(cartId, nomvula.variantId, at(16))).status).toBe(201)
      await shopper().prepareCheckout(cartId, "pp_system_default")
      const cartFields = "fields=id,shipping_total,total,*shipping_methods"
      expect((await shopper().get(`/store/carts/${cartId}?${cartFields}`)).data.cart.shipping_total).toBeGreaterThan(0)

      const crystalLine = added.data.cart.items.find((item: { variant_id: string }) => item.variant_id === crystal.id)
      expect((await shopper().delete(`/store/carts/${cartId}/line-items/${crystalLine.id}`)).status).toBe(200)
      const cart = await waitFor(
        async () => (await shopper().get(`/store/carts/${cartId}?${cartFields}`)).data.cart,
        (c) => c.shipping_methods.length === 0
      )
      expect(cart.shipping_total).toBe(0)
      // The cart changed, so Medusa dropped its payment session; pay again for the new total, as the checkout does.
      const collection = await shopper().post("/store/payment-collections", { cart_id: cartId })
      expect(collection.data.payment_collection.amount).toBe(cart.total)
      await shopper().post(`/store/payment-collections/${collection.data.payment_collection.id}/payment-sessions`, {
        provider_id: "pp_system_default",
      })
      const completed = await shopper().post(`/store/carts/${cartId}/complete`)
      expect(completed.data).toMatchObject({ type: "order", order: { shipping_total: 0 } })
      expect(completed.data.order.items).toHaveLength(1)
    })

    it("gives one of 20 racing carts the slot and tells the others it was taken", async () => {
      const thabo = await sessionVariant(getContainer(), "thabo-mokoena", 60)
      const carts = await Promise.all(Array.from({ length: 20 }, newCart))
      const answers = await Promise.all(carts.map((cartId) => hold(cartId, thabo.variantId, at(15))))
      const statuses = answers.map((a) => a.status)
      expect(statuses.filter((s) => s === 201)).toHaveLength(1)
      expect(statuses.filter((s) => s === 409)).toHaveLength(19)
      for (const refused of answers.filter((a) => a.status === 409)) {
        expect(refused.data.message).toMatch(/(is not free|was just taken).*Choose another time/)
      }
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      const { rows } = await knex.raw(
        `select count(*)::int as live from booking where practitioner_id = ? and status in ('held','confirmed') and starts_at = ?`,
        [thabo.practitionerId, at(15)]
      )
      expect(rows[0].live).toBe(1)
    })

    it("keeps sessions out of the stock line-items route and at quantity 1", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const cartId = await newCart()
      const direct = await shopper().post(`/store/carts/${cartId}/line-items`, { variant_id: nomvula.variantId, quantity: 1 })
      expect(direct.status).toBe(400)
      expect(direct.data.message).toMatch(/A session is booked for a time/)
      const forged = await shopper().post(`/store/carts/${cartId}/line-items`, {
        variant_id: nomvula.variantId,
        quantity: 1,
        metadata: { booking_id: "bkg_forged" },
      })
      expect(forged.status).toBe(400)
      const held = await hold(cartId, nomvula.variantId, at(15, 30))
      const more = await shopper().post(`/store/carts/${cartId}/line-items/${held.data.booking.line_item_id}`, { quantity: 2 })
      expect(more.status).toBe(400)
      expect(more.data.message).toMatch(/always one session/)
    })

    it("never confirms a session through a line's metadata", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const victimCart = await newCart()
      const held = await hold(victimCart, nomvula.variantId, at(16))
      expect(held.status).toBe(201)
      const attackerCart = await newCart()
      const crystal = await shopper().variantBySku("CRY-ROS-1")
      const added = await shopper().post(`/store/carts/${attackerCart}/line-items`, {
        variant_id: crystal.id,
        quantity: 1,
        metadata: { booking_id: held.data.booking.id, session_line: held.data.booking.id },
      })
      expect(added.status).toBe(200)
      await shopper().prepareCheckout(attackerCart, "pp_system_default")
      const completed = await shopper().post(`/store/carts/${attackerCart}/complete`)
      expect(completed.data.type).toBe("order")
      const { result } = await confirmOrderBookingsWorkflow(getContainer()).run({ input: { order_id: completed.data.order.id } })
      expect(result).toEqual([])
      const after = await bookings().retrieveBooking(held.data.booking.id)
      expect(after).toMatchObject({ status: "held", order_id: null, cart_id: victimCart })
    })

    it.each([
      [{ starts_at: "2026-12-07T08:00:00Z" }, 400, /variant_id/],
      [{ variant_id: "x", starts_at: "Monday at nine" }, 400, /ISO date-time/],
      [{ variant_id: "x", starts_at: "2026-12-07T08:00:00Z", timezone: "Mars/Olympus" }, 400, /IANA/],
      [{ variant_id: "x", starts_at: "0000-01-01T00:00:00Z" }, 400, /starts_at must be between/],
    ])("answers %j with %i", async (body, status, message) => {
      const response = await shopper().post(`/store/carts/${await newCart()}/bookings`, body)
      expect(response.status).toBe(status)
      expect(response.data.message).toMatch(message)
    })

    it("holds at most ten sessions at once per cart and per signed-in shopper, whoever else goes on", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const { data } = await shopper().get(`/store/practitioners/nomvula-dlamini/slots?variant_id=${nomvula.variantId}`)
      // Starts two hours apart, so no hold blocks the next one's time.
      const starts: string[] = []
      for (const { starts_at } of data.slots as Array<{ starts_at: string }>) {
        if (!starts.length || Date.parse(starts_at) - Date.parse(starts[starts.length - 1]) >= 2 * 3_600_000) starts.push(starts_at)
      }
      expect(starts.length).toBeGreaterThanOrEqual(12)
      const { customer } = await signInActors(api, store, "many-holds@example.com")
      const signedIn = { headers: customer, validateStatus: () => true }
      const customerCart = async () =>
        (await api.post("/store/carts", { region_id: store.regions["South Africa"].id }, signedIn)).data.cart.id as string
      const holdAs = (cartId: string, startsAt: string) =>
        api.post(`/store/carts/${cartId}/bookings`, { variant_id: nomvula.variantId, starts_at: startsAt }, signedIn)

      const full = await customerCart()
      for (const startsAt of starts.slice(0, 10)) expect((await holdAs(full, startsAt)).status).toBe(201)
      const eleventh = await holdAs(full, starts[10])
      expect([eleventh.status, eleventh.data.message]).toEqual([400, expect.stringMatching(/the most one cart can hold at once/)])
      const elsewhere = await holdAs(await customerCart(), starts[10])
      expect([elsewhere.status, elsewhere.data.message]).toEqual([400, expect.stringMatching(/the most one shopper can hold at once/)])
      expect(await bookings().listBookings({ cart_id: full, status: "held" })).toHaveLength(10)
      // Another shopper is not held back by this one's holds.
      expect((await hold(await newCart(), nomvula.variantId, starts[11])).status).toBe(201)
    })

    it("refuses a time outside the practitioner's hours with 409 and what to do", async () => {
      const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const response = await hold(await newCart(), nomvula.variantId, at(3))
      expect(response.status).toBe(409)
      expect(response.data.message).toMatch(/is not free\. Choose another time/)
      const inPersonOnly = await sessionVariant(getContainer(), "pieter-van-der-merwe", 60)
      const online = await hold(await newCart(), inPersonOnly.variantId, at(9), { meeting_mode: "online" })
      expect(online.status).toBe(400)
      expect(online.data.message).toMatch(/meets in person only/)
    })
  },
})
