import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { Modules } from "@medusajs/framework/utils"
import { BOOKING_MODULE } from "../../src/modules/booking"
import type BookingModuleService from "../../src/modules/booking/service"
import { FAVOURITE_MODULE } from "../../src/modules/favourite"
import type FavouriteModuleService from "../../src/modules/favourite/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"
import { askForReviewsWorkflow } from "../../src/workflows/review/workflows/ask-for-reviews"
import { sendFavouriteNewsWorkflow } from "../../src/workflows/favourite/workflows/send-favourite-news"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"
import { signInActors } from "../helpers/request-actors"
import { sessionVariant } from "../helpers/sessions"

jest.setTimeout(240_000)

const HOUR = 3_600_000
const DAY = 24 * HOUR
type Headers = Record<string, string>

/**
 * Saved practitioners, events and products (private to their owner), the
 * email when a saved practitioner opens new times or an event (at most
 * daily), and the email asking for a review (once per purchase).
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let buyer: Headers
    let other: Headers
    let nomvula: { id: string; handle: string; email: string }

    const call = (headers: Headers) => ({
      get: (url: string) => api.get(url, { headers, validateStatus: () => true }),
      post: (url: string, body: unknown = {}) => api.post(url, body, { headers, validateStatus: () => true }),
      delete: (url: string) => api.delete(url, { headers, validateStatus: () => true }),
    })
    const notifications = () => getContainer().resolve(Modules.NOTIFICATION)

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      buyer = (await signInActors(api, store, "saver@example.com")).customer
      other = (await signInActors(api, store, "other-saver@example.com")).customer
      const [p] = await getContainer()
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ handle: "nomvula-dlamini" })
      nomvula = { id: p.id, handle: p.handle, email: p.email }
    })

    it("saves each thing once, keeps the list private, and refuses an alert on anything but a practitioner", async () => {
      const { data: products } = await call(buyer).get("/store/products?limit=1")
      const productId = products.products[0].id
      const saved = await call(buyer).post("/store/customers/me/favourites", {
        target_type: "practitioner",
        target_id: nomvula.id,
        notify: true,
      })
      expect(saved.status).toBe(201)
      expect(saved.data.favourite).toMatchObject({ notify: true, target: { handle: "nomvula-dlamini" } })
      const again = await call(buyer).post("/store/customers/me/favourites", { target_type: "practitioner", target_id: nomvula.id })
      expect([again.status, again.data.favourite.id]).toEqual([200, saved.data.favourite.id])
      const twice = await Promise.all(
        [1, 2].map(() => call(buyer).post("/store/customers/me/favourites", { target_type: "product", target_id: productId }))
      )
      expect(twice.map((r) => r.status).sort()).toEqual([200, 201])
      const alert = await call(buyer).post("/store/customers/me/favourites", { target_type: "product", target_id: productId, notify: true })
      expect([alert.status, alert.data.message]).toEqual([400, expect.stringContaining("practitioners only")])
      expect((await call(buyer).post("/store/customers/me/favourites", { target_type: "event", target_id: "evt_missing" })).status).toBe(
        404
      )

      const mine = await call(buyer).get("/store/customers/me/favourites")
      expect(mine.data.favourites.map((f: any) => f.target_type).sort()).toEqual(["practitioner", "product"])
      expect((await call(other).get("/store/customers/me/favourites")).data.favourites).toEqual([])
      const id = saved.data.favourite.id
      expect((await call(other).post(`/store/customers/me/favourites/${id}`, { notify: false })).status).toBe(404)
      expect((await call(other).delete(`/store/customers/me/favourites/${id}`)).status).toBe(404)
      expect((await call(buyer).post(`/store/customers/me/favourites/${id}`, { notify: false })).data.favourite.notify).toBe(false)
      expect((await call(buyer).delete(`/store/customers/me/favourites/${id}`)).status).toBe(200)
      expect((await call(buyer).get("/store/customers/me/favourites")).data.favourites).toHaveLength(1)
    })

    it("emails a saved practitioner's new times and events at most once a day, and only to those who asked", async () => {
      const saved = await call(buyer).post("/store/customers/me/favourites", {
        target_type: "practitioner",
        target_id: nomvula.id,
        notify: true,
      })
      await call(other).post("/store/customers/me/favourites", { target_type: "practitioner", target_id: nomvula.id })
      // Only what happens after saving counts (the demo's own hours are older).
      expect(saved.status).toBe(201)
      expect((await sendFavouriteNewsWorkflow(getContainer()).run({ input: { now: new Date() } })).result.sent).toBe(0)

      const vendor = withToken(api as any, await demoPractitionerToken(api as any, nomvula.email))
      expect((await vendor.put("/vendor/schedule/weekly", { rules: [{ weekday: 6, start: "09:00", end: "13:00" }] })).status).toBe(200)
      const now = new Date()
      await putOnEvent(getContainer(), fullMoonCircle(now, nomvula.id, { handle: "news-circle", title: "Saturday sound bath" }), now)
      expect((await sendFavouriteNewsWorkflow(getContainer()).run({ input: { now: new Date() } })).result.sent).toBe(1)
      const [mail] = await notifications().listNotifications({ template: "favourite-news" })
      expect(mail).toMatchObject({ to: "saver@example.com", data: { new_times: true, events: ["Saturday sound bath"] } })
      // The same day again: nothing more.
      expect((await sendFavouriteNewsWorkflow(getContainer()).run({ input: { now: new Date() } })).result.sent).toBe(0)
      // A day later, with nothing new: nothing either.
      const [favourite] = await getContainer()
        .resolve<FavouriteModuleService>(FAVOURITE_MODULE)
        .listFavourites({ id: saved.data.favourite.id })
      expect(favourite.last_notified_at).not.toBeNull()
      expect((await sendFavouriteNewsWorkflow(getContainer()).run({ input: { now: new Date(Date.now() + DAY) } })).result.sent).toBe(0)
    })

    it("asks for a review a day after a session is completed, once, and not for one already reviewed", async () => {
      const { data } = await call(buyer).get("/store/customers/me")
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const bookings = getContainer().resolve<BookingModuleService>(BOOKING_MODULE)
      const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * HOUR)
      const made = await bookings.createBookings(
        [30, 10, 50].map((hoursAgo) => ({
          practitioner_id: session.practitionerId,
          product_id: session.productId,
          variant_id: session.variantId,
          customer_id: data.customer.id,
          order_id: "order_review_request",
          starts_at: at(hoursAgo + 1),
          ends_at: at(hoursAgo),
          blocked_from: at(hoursAgo + 1),
          blocked_until: at(hoursAgo),
          customer_timezone: "Africa/Johannesburg",
          status: "completed" as const,
        }))
      )
      const [dayAgo, tooRecent, reviewed] = made
      expect((await call(buyer).post("/store/reviews", { purchase_type: "booking", purchase_id: reviewed.id, rating: 5 })).status).toBe(201)
      const runs = await Promise.all([1, 2].map(() => askForReviewsWorkflow(getContainer()).run({ input: { now: new Date() } })))
      expect(runs.map((r) => r.result.asked).sort()).toEqual([0, 1])
      const asked = await notifications().listNotifications({ template: "review-request" })
      expect(asked.map((n) => n.resource_id)).toEqual([dayAgo.id])
      expect(asked[0].data!.link).toContain(`purchase_type=booking&purchase_id=${dayAgo.id}`)
      expect(asked.map((n) => n.resource_id)).not.toContain(tooRecent.id)
      expect((await askForReviewsWorkflow(getContainer()).run({ input: { now: new Date() } })).result.asked).toBe(0)
    })
  },
})
