import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { EVENT_MODULE } from "../../src/modules/event"
import type EventModuleService from "../../src/modules/event/service"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken } from "../helpers/practitioner-login"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(240_000)

const DAY = 86_400_000
const HOUR = 3_600_000

/**
 * A host runs their own events through /vendor/events: puts one on as a
 * draft, publishes it, sees each date's sales and attendees (JSON and CSV),
 * changes a date's capacity (never below what is taken; added seats go to
 * the waitlist first); another host is told none of it exists. Staff see
 * every event through /admin/events.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let host: { headers: Record<string, string>; validateStatus: () => boolean }
    let otherHost: typeof host
    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      const as = async (email: string) => ({
        headers: { authorization: `Bearer ${await demoPractitionerToken(api, email)}` },
        validateStatus: () => true,
      })
      host = await as("nomvula@avenrae.test")
      otherHost = await as("thabo@avenrae.test")
    })
    const shopper = () => shopperFor(api, store)

    const newEvent = (overrides: Record<string, unknown> = {}) => {
      const start = Date.now() + 30 * DAY
      return {
        title: "=Sound bath by the sea",
        kind: "circle",
        format: "in_person",
        venue_name: "Umhlanga Beach Pavilion",
        city: "Durban",
        timezone: "Africa/Johannesburg",
        dates: [{ starts_at: new Date(start).toISOString(), ends_at: new Date(start + 2 * HOUR).toISOString(), capacity: 3 }],
        ticket_types: [{ name: "General", prices: { zar: 300 } }],
        ...overrides,
      }
    }

    async function buy(variantId: string, names: string[], email = "buyer@example.com") {
      const cart = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      const cartId = cart.data.cart.id
      const held = await shopper().post(`/store/carts/${cartId}/tickets`, {
        variant_id: variantId,
        attendees: names.map((name, i) => ({ name, email: `attendee${i}@example.com` })),
      })
      expect([held.status, held.data.message]).toEqual([201, undefined])
      await shopper().prepareCheckout(cartId, "pp_system_default", email)
      expect((await shopper().post(`/store/carts/${cartId}/complete`)).data.type).toBe("order")
    }

    it("puts on a draft event, publishes it, and shows each date's sales and attendees to its host alone", async () => {
      const refused = await api.post("/vendor/events", newEvent({ timezone: "Mars/Olympus", dates: [] }), host)
      expect(refused.status).toBe(400)
      expect(refused.data.message).toMatch(/timezone must be an IANA time zone/)
      const past = new Date(Date.now() - HOUR).toISOString()
      const inThePast = await api.post(
        "/vendor/events",
        newEvent({ dates: [{ starts_at: past, ends_at: new Date().toISOString(), capacity: 3 }] }),
        host
      )
      expect(inThePast.status).toBe(400)
      expect(inThePast.data.message).toMatch(/dates\[0\] starts in the past/)

      const created = await api.post("/vendor/events", newEvent(), host)
      expect(created.status).toBe(201)
      const event = created.data.event
      expect(event).toMatchObject({
        status: "draft",
        title: "=Sound bath by the sea",
        dates: [{ capacity: 3, sold: 0, held: 0, waiting: 0 }],
      })
      expect(event.handle).toMatch(/^sound-bath-by-the-sea-[0-9a-f]{6}$/)
      expect((await shopper().get(`/store/events/${event.handle}`)).status).toBe(404)
      expect((await api.get("/vendor/events", host)).data.events.map((e: any) => e.id)).toContain(event.id)
      expect((await api.get("/vendor/events", otherHost)).data.events.map((e: any) => e.id)).not.toContain(event.id)
      expect((await api.get(`/vendor/events/${event.id}`, otherHost)).status).toBe(404)
      expect((await api.post(`/vendor/events/${event.id}`, { status: "published" }, otherHost)).status).toBe(404)

      const published = await api.post(`/vendor/events/${event.id}`, { status: "published", description: "Bring a blanket." }, host)
      expect(published.data.event).toMatchObject({ status: "published", description: "Bring a blanket." })
      const page = await shopper().get(`/store/events/${event.handle}`)
      expect(page.status).toBe(200)
      const variant = page.data.event.dates[0].tickets[0].variant_id
      await buy(variant, ["Ayanda Zulu", "=HYPERLINK(evil)"])

      // The tickets are issued as the order is placed.
      const detail = await waitFor(
        (): Promise<any> => api.get(`/vendor/events/${event.id}`, host),
        (answer) => answer.data.event.dates[0].sold === 2
      )
      expect(detail.data.event.dates[0]).toMatchObject({ capacity: 3, sold: 2, checked_in: 0, seats_left: 1 })
      const dateId = detail.data.event.dates[0].id
      const attendees = await api.get(`/vendor/events/dates/${dateId}/attendees`, host)
      expect(attendees.data.attendees.map((a: any) => [a.attendee_name, a.status])).toEqual([
        ["=HYPERLINK(evil)", "valid"],
        ["Ayanda Zulu", "valid"],
      ])
      expect(attendees.data.attendees[1].attendee_email).toBe("attendee0@example.com")
      expect(attendees.data.attendees[0]).not.toHaveProperty("code")
      const csv = await api.get(`/vendor/events/dates/${dateId}/attendees?format=csv`, host)
      expect(csv.headers["content-type"]).toMatch(/^text\/csv/)
      expect(csv.headers["content-disposition"]).toMatch(/attachment; filename="sound-bath-by-the-sea-\d{4}-\d{2}-\d{2}-attendees\.csv"/)
      expect(csv.data.split("\r\n")).toEqual([
        "Name,Email,Ticket,Status,Checked in at",
        "'=HYPERLINK(evil),attendee1@example.com,General,valid,",
        "Ayanda Zulu,attendee0@example.com,General,valid,",
        "",
      ])
      expect((await api.get(`/vendor/events/dates/${dateId}/attendees`, otherHost)).status).toBe(404)
      expect((await api.get(`/vendor/events/dates/${dateId}/attendees?format=xml`, host)).status).toBe(400)

      // Sold tickets keep it published.
      const unpublish = await api.post(`/vendor/events/${event.id}`, { status: "draft" }, host)
      expect(unpublish.status).toBe(400)
      expect(unpublish.data.message).toMatch(/2 tickets are sold: the event stays published\. Cancel its dates instead\./)
    })

    it("changes a date's capacity in its inventory, never below what is taken, and gives added seats to the waitlist first", async () => {
      const { data } = await api.post("/vendor/events", newEvent({ title: "Capacity circle", status: "published" }), host)
      const event = data.event
      const dateId = event.dates[0].id
      const page = await shopper().get(`/store/events/${event.handle}`)
      await buy(page.data.event.dates[0].tickets[0].variant_id, ["One", "Two", "Three"])
      const waiting = await shopper().post(`/store/event-dates/${dateId}/waitlist`, { email: "waits@example.com", quantity: 1 })
      expect(waiting.status).toBe(201)

      const tooLow = await api.post(`/vendor/events/dates/${dateId}`, { capacity: 2 }, host)
      expect(tooLow.status).toBe(400)
      expect(tooLow.data.message).toBe("The capacity can be no lower than 3: 3 sold.")
      expect((await api.post(`/vendor/events/dates/${dateId}`, { capacity: 5 }, otherHost)).status).toBe(404)
      expect((await api.post(`/vendor/events/dates/${dateId}`, { capacity: 0 }, host)).status).toBe(400)

      const raised = await api.post(`/vendor/events/dates/${dateId}`, { capacity: 5 }, host)
      expect(raised.status).toBe(200)
      const [date] = await getContainer().resolve<EventModuleService>(EVENT_MODULE).listEventDates({ id: dateId })
      const levels = await getContainer().resolve(Modules.INVENTORY).listInventoryLevels({ inventory_item_id: date.inventory_item_id! })
      expect(levels.map((level) => Number(level.stocked_quantity))).toEqual([5])
      // One of the two new seats went to the one waiting; the other is on sale again.
      const offers = await waitFor(
        () =>
          getContainer()
            .resolve(Modules.NOTIFICATION)
            .listNotifications({ resource_id: waiting.data.waitlist_entry.id, template: "waitlist-offer" }),
        (mails) => mails.length === 1
      )
      expect(offers).toHaveLength(1)
      const detail = await waitFor(
        (): Promise<any> => api.get(`/vendor/events/${event.id}`, host),
        (answer) => answer.data.event.dates[0].sold === 3
      )
      expect(detail.data.event.dates[0]).toMatchObject({ capacity: 5, sold: 3, offered: 1, waiting: 0, seats_left: 1 })
    })

    it("lists every event to staff, filtered by words, status and host", async () => {
      const staff = { ...(await adminHeaders(api)), validateStatus: () => true }
      const { data } = await api.post("/vendor/events", newEvent({ title: "Staff can see this workshop", kind: "workshop" }), host)
      const listed = await api.get("/admin/events?q=staff%20can%20see&status=draft", staff)
      expect(listed.data.events.map((e: any) => e.id)).toEqual([data.event.id])
      expect((await api.get("/admin/events?q=100%25_", staff)).data.events).toEqual([])
      const byHost = await api.get(`/admin/events?host_practitioner_id=${data.event.host_practitioner_id}&limit=100`, staff)
      expect(byHost.data.events.every((e: any) => e.host_practitioner_id === data.event.host_practitioner_id)).toBe(true)
      const detail = await api.get(`/admin/events/${data.event.id}`, staff)
      expect(detail.data.event.ticket_types[0]).toMatchObject({ name: "General", per_order_limit: 10 })
      expect((await api.get(`/admin/events/${data.event.id}`, host)).status).toBe(401)
      const attendees = await api.get(`/admin/events/dates/${data.event.dates[0].id}/attendees`, staff)
      expect(attendees.data.attendees).toEqual([])
      expect((await api.get("/admin/orders/order_unknown/tickets", staff)).data.tickets).toEqual([])
    })

    it("changes a ticket type's limit, sale window and prices for its host: new carts pay the new price", async () => {
      const { data } = await api.post("/vendor/events", newEvent({ title: "Repriced circle", status: "published" }), host)
      const type = data.event.ticket_types[0]
      expect((await api.post(`/vendor/events/ticket-types/${type.id}`, { per_order_limit: 2 }, otherHost)).status).toBe(404)
      const badWindow = await api.post(
        `/vendor/events/ticket-types/${type.id}`,
        { sale_starts_at: new Date(Date.now() + 5 * DAY).toISOString(), sale_ends_at: new Date(Date.now() + DAY).toISOString() },
        host
      )
      expect(badWindow.status).toBe(400)
      expect(badWindow.data.message).toBe("sale_ends_at must be after sale_starts_at")
      const changed = await api.post(`/vendor/events/ticket-types/${type.id}`, { per_order_limit: 2, prices: { zar: 420 } }, host)
      expect(changed.status).toBe(200)
      const page = await shopper().get(`/store/events/${data.event.handle}`)
      const variantId = page.data.event.dates[0].tickets[0].variant_id
      expect(page.data.event.dates[0].tickets[0].per_order_limit).toBe(2)
      const cart = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      const held = await shopper().post(`/store/carts/${cart.data.cart.id}/tickets`, {
        variant_id: variantId,
        attendees: [{ name: "Lwazi" }],
      })
      expect(held.status).toBe(201)
      const { data: cartNow } = await shopper().get(`/store/carts/${cart.data.cart.id}`)
      expect(cartNow.cart.items[0].unit_price).toBe(420)
      const three = await shopper().post(`/store/carts/${cart.data.cart.id}/tickets`, {
        variant_id: variantId,
        attendees: [{ name: "A" }, { name: "B" }],
      })
      expect(three.data.message).toMatch(/At most 2 General tickets per order; this cart already has 1/)
    })

    it("adds a date to an event, sold at its ticket types' prices from its own pool of seats", async () => {
      const { data } = await api.post("/vendor/events", newEvent({ title: "Growing circle", status: "published" }), host)
      const first = data.event.dates[0]
      const day = (n: number, hour: number) => new Date(new Date(first.starts_at).getTime() + n * DAY + hour * HOUR).toISOString()
      const overlapping = await api.post(
        `/vendor/events/${data.event.id}/dates`,
        { starts_at: day(0, 1), ends_at: day(0, 3), capacity: 5 },
        host
      )
      expect(overlapping.status).toBe(400)
      expect(overlapping.data.message).toBe("The date cannot be added: the date overlaps another date of the event.")
      expect(
        (await api.post(`/vendor/events/${data.event.id}/dates`, { starts_at: day(7, 0), ends_at: day(7, 2), capacity: 5 }, otherHost))
          .status
      ).toBe(404)
      const added = await api.post(`/vendor/events/${data.event.id}/dates`, { starts_at: day(7, 0), ends_at: day(7, 2), capacity: 5 }, host)
      expect([added.status, added.data.message]).toEqual([201, undefined])

      const page = await shopper().get(`/store/events/${data.event.handle}`)
      expect(page.data.event.dates.map((d: any) => [d.capacity, d.seats_left])).toEqual([
        [3, 3],
        [5, 5],
      ])
      const newVariant = page.data.event.dates[1].tickets[0].variant_id
      expect(newVariant).not.toBe(page.data.event.dates[0].tickets[0].variant_id)
      const cart = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      const held = await shopper().post(`/store/carts/${cart.data.cart.id}/tickets`, {
        variant_id: newVariant,
        attendees: ["A", "B", "C", "D"].map((name) => ({ name })),
      })
      expect(held.status).toBe(201)
      const { data: cartNow } = await shopper().get(`/store/carts/${cart.data.cart.id}`)
      expect(cartNow.cart.items[0]).toMatchObject({ unit_price: 300, quantity: 4 })
      await shopper().prepareCheckout(cart.data.cart.id, "pp_system_default")
      expect((await shopper().post(`/store/carts/${cart.data.cart.id}/complete`)).data.type).toBe("order")
      const after = await waitFor(
        (): Promise<any> => shopper().get(`/store/events/${data.event.handle}`),
        (answer) => answer.data.event.dates[1].seats_left === 1
      )
      expect(after.data.event.dates[0].seats_left).toBe(3)
    })
  },
})
