import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createOrderFulfillmentWorkflow, createOrderShipmentWorkflow, refundPaymentWorkflow } from "@medusajs/medusa/core-flows"
import { BOOKING_MODULE } from "../../src/modules/booking"
import type BookingModuleService from "../../src/modules/booking/service"
import { EVENT_MODULE } from "../../src/modules/event"
import type EventModuleService from "../../src/modules/event/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"
import { REVIEW_MODULE } from "../../src/modules/review"
import type ReviewModuleService from "../../src/modules/review/service"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { demoPractitionerToken } from "../helpers/practitioner-login"
import { signInActors } from "../helpers/request-actors"
import { figuresOf, publishedReviewsOf } from "../helpers/reviews"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(240_000)

const DAY = 86_400_000
type Headers = Record<string, string>

/**
 * Reviews: who may review what (the purchase decides), one review per
 * purchase even when two arrive at once, moderation for content only, the
 * figures exact through every change, reports, replies, refunds and
 * deleted accounts.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let staff: Headers
    const buyers: Record<"A" | "B" | "C", Headers> = { A: {}, B: {}, C: {} }
    const practitioner: Record<"nomvula" | "thabo", Headers> = { nomvula: {}, thabo: {} }
    let nomvulaId = ""
    let thaboId = ""
    let order: Awaited<ReturnType<typeof placeOrder>>

    const call = (headers: Headers) => ({
      get: (url: string) => api.get(url, { headers, validateStatus: () => true }),
      post: (url: string, body: unknown = {}) => api.post(url, body, { headers, validateStatus: () => true }),
      delete: (url: string) => api.delete(url, { headers, validateStatus: () => true }),
    })
    const bookings = () => getContainer().resolve<BookingModuleService>(BOOKING_MODULE)
    const events = () => getContainer().resolve<EventModuleService>(EVENT_MODULE)

    /** A customer buys four sessions with Nomvula, her rose quartz and a house amethyst, and three tickets to Thabo's circle. */
    async function placeOrder(buyer: Headers, email: string, handle: string, weeksAhead: number) {
      const now = new Date()
      const event = await putOnEvent(getContainer(), fullMoonCircle(now, thaboId, { handle }), now)
      const shopper = shopperFor(api as any, store)
      const { data } = await api.post("/store/carts", { region_id: store.regions["South Africa"].id }, { headers: buyer })
      const cartId = data.cart.id as string
      for (const sku of ["CRY-ROS-1", "CRY-AME-S"]) {
        const variant = await shopper.variantBySku(sku)
        expect((await call(buyer).post(`/store/carts/${cartId}/line-items`, { variant_id: variant.id, quantity: 1 })).status).toBe(200)
      }
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const day = nextWeekday("Africa/Johannesburg", 2, now, 7 * weeksAhead)
      for (const hour of [9, 11, 13, 15]) {
        const held = await call(buyer).post(`/store/carts/${cartId}/bookings`, {
          variant_id: session.variantId,
          starts_at: day.set({ hour }).toUTC().toISO(),
        })
        expect(held.status).toBe(201)
      }
      const tickets = await call(buyer).post(`/store/carts/${cartId}/tickets`, {
        variant_id: event.variant(0, 0),
        attendees: ["One", "Two", "Three"].map((name) => ({ name })),
      })
      expect(tickets.status).toBe(201)
      await shopper.prepareCheckout(cartId, "pp_system_default", email)
      const completed = await call(buyer).post(`/store/carts/${cartId}/complete`)
      expect(completed.data.type).toBe("order")
      const orderId = completed.data.order.id as string
      const booked = await waitFor(
        () => bookings().listBookings({ order_id: orderId }, { order: { starts_at: "ASC" } }),
        (list) => list.length === 4 && list.every((b) => b.status === "confirmed")
      )
      const issued = await waitFor(
        () => events().listEventTickets({ order_id: orderId }, { order: { attendee_name: "ASC" } }),
        (list) => list.length === 3
      )
      const { data: orders } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["items.id", "items.variant_sku", "items.product_id", "items.detail.quantity"],
          filters: { id: orderId },
        })
      const lineOf = (sku: string) => orders[0].items!.find((item: any) => item.variant_sku === sku) as { id: string; product_id: string }
      return { id: orderId, event, bookings: booked, tickets: issued, rose: lineOf("CRY-ROS-1"), amethyst: lineOf("CRY-AME-S") }
    }

    async function ship(orderId: string, lineId: string) {
      const items = [{ id: lineId, quantity: 1 }]
      const { result } = await createOrderFulfillmentWorkflow(getContainer()).run({ input: { order_id: orderId, items } })
      await createOrderShipmentWorkflow(getContainer()).run({ input: { order_id: orderId, fulfillment_id: result.id, items } })
    }

    const review = (headers: Headers, purchase_type: string, purchase_id: string, content: Record<string, unknown> = {}) =>
      call(headers).post("/store/reviews", { purchase_type, purchase_id, rating: 5, body: "A calm, kind session.", ...content })

    const nomvula = () => ({ target_type: "practitioner", target_id: nomvulaId })

    /** Customer A's sessions of the order placed before all tests, completed and reviewed with these ratings (each test starts from that order alone). */
    async function reviewedSessions(ratings: number[]) {
      const sessions = order.bookings.slice(0, ratings.length)
      await bookings().updateBookings(sessions.map((b) => ({ id: b.id, status: "completed" as const })))
      const written: Array<{ id: string }> = []
      for (const [i, rating] of ratings.entries()) {
        const answer = await review(buyers.A, "booking", sessions[i].id, { rating })
        expect(answer.data.review.status).toBe("published")
        written.push(answer.data.review)
      }
      return written
    }

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      staff = (await adminHeaders(api)).headers
      buyers.A = (await signInActors(api, store, "reviewer-a@example.com")).customer
      buyers.B = (await signInActors(api, store, "reviewer-b@example.com")).customer
      buyers.C = (await signInActors(api, store, "reviewer-c@example.com")).customer
      for (const [name, email] of [
        ["nomvula", "nomvula@avenrae.test"],
        ["thabo", "thabo@avenrae.test"],
      ] as const) {
        practitioner[name] = {
          "x-publishable-api-key": store.publishableKey,
          authorization: `Bearer ${await demoPractitionerToken(api as any, email)}`,
        }
      }
      const practitioners = getContainer().resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
      nomvulaId = (await practitioners.listPractitioners({ handle: "nomvula-dlamini" }))[0].id
      thaboId = (await practitioners.listPractitioners({ handle: "thabo-mokoena" }))[0].id
      order = await placeOrder(buyers.A, "reviewer-a@example.com", "review-circle", 3)
    })

    it("lets a shopper review only what they bought and received: completed sessions, attended or ended events, shipped products", async () => {
      const [completed, missed, cancelled, upcoming] = order.bookings
      await bookings().updateBookings([
        { id: completed.id, status: "completed" },
        { id: missed.id, status: "no_show" },
        { id: cancelled.id, status: "cancelled", cancelled_at: new Date() },
      ])
      const [attended, waiting, refunded] = order.tickets
      await events().updateEventTickets([
        { id: attended.id, status: "checked_in", checked_in_at: new Date(), checked_in_by: "door" },
        { id: refunded.id, status: "cancelled", cancelled_at: new Date() },
      ])

      const refusals: Array<[string, string, number, RegExp]> = [
        ["booking", missed.id, 400, /missed/],
        ["booking", cancelled.id, 400, /cancelled session/],
        ["booking", upcoming.id, 400, /marked it completed/],
        ["ticket", waiting.id, 400, /attended it or it has ended/],
        ["ticket", refunded.id, 400, /cancelled ticket/],
        ["order_line", order.rose.id, 400, /shipped/],
        ["order_line", order.amethyst.id, 400, /shipped/],
      ]
      for (const [type, id, status, message] of refusals) {
        const answer = await review(buyers.A, type, id)
        expect([type, id, answer.status]).toEqual([type, id, status])
        expect(answer.data.message).toMatch(message)
      }
      // Someone else's purchase does not exist for them, whatever its state.
      for (const [type, id] of [
        ["booking", completed.id],
        ["ticket", attended.id],
        ["order_line", order.rose.id],
      ]) {
        expect((await review(buyers.B, type, id)).status).toBe(404)
      }
      // A session line is reviewed through its booking, never as a product.
      const sessionLine = completed.line_item_id!
      expect((await review(buyers.A, "order_line", sessionLine)).data.message).toMatch(/My sessions and My tickets/)

      expect((await review(buyers.A, "booking", completed.id)).status).toBe(201)
      expect((await review(buyers.A, "ticket", attended.id)).status).toBe(201)

      // Once the date has ended, a valid ticket that was never scanned may be reviewed too.
      const date = await events().listEventDates({ id: waiting.event_date_id })
      const past = new Date(Date.now() - 2 * DAY)
      await events().updateEventDates({ id: date[0].id, starts_at: new Date(past.getTime() - 3_600_000), ends_at: past })
      expect((await review(buyers.A, "ticket", waiting.id)).status).toBe(201)

      await ship(order.id, order.rose.id)
      const shipped = await review(buyers.A, "order_line", order.rose.id, { rating: 4 })
      expect(shipped.status).toBe(201)
      expect(shipped.data.review).toMatchObject({ target_type: "product", target_id: order.rose.product_id, badge: "Verified purchase" })
      expect((await review(buyers.A, "order_line", order.amethyst.id)).status).toBe(400)

      const mine = await call(buyers.A).get("/store/customers/me/reviewable")
      expect(mine.status).toBe(200)
      expect(mine.data.reviews).toHaveLength(4)
      expect(mine.data.reviewable).toEqual([])
    })

    it("keeps one review per purchase when two arrive at once, and answers the other with a 409 in words", async () => {
      const second = await placeOrder(buyers.B, "reviewer-b@example.com", "race-circle", 4)
      const [booking] = second.bookings
      await bookings().updateBookings({ id: booking.id, status: "completed" })
      const answers = await Promise.all(
        Array.from({ length: 6 }, (_, i) => review(buyers.B, "booking", booking.id, { rating: 1 + (i % 5) }))
      )
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409])
      expect(answers.find((a) => a.status === 409)!.data.message).toMatch(/already reviewed/)
      expect(await getContainer().resolve<ReviewModuleService>(REVIEW_MODULE).listReviews({ purchase_id: booking.id })).toHaveLength(1)
    })

    it("keeps the figures exact through publishing, a flagged review, rejection with a reason, edits, reports, deletion and a refund", async () => {
      const expectExact = async (count: number) => {
        const { reviews, aggregate } = await publishedReviewsOf(api as any, buyers.C, nomvula())
        const figures = figuresOf(reviews.map((r) => r.rating))
        expect(aggregate.count).toBe(figures.count)
        expect(aggregate.average).toBeCloseTo(figures.average, 2)
        expect(aggregate.distribution).toEqual(figures.distribution)
        expect(aggregate.count).toBe(count)
        return aggregate
      }
      const before = (await publishedReviewsOf(api as any, buyers.C, nomvula())).aggregate.count
      const third = await placeOrder(buyers.C, "reviewer-c@example.com", "figures-circle", 5)
      const [s1, s2, s3, s4] = third.bookings
      await bookings().updateBookings([s1, s2, s3, s4].map((b) => ({ id: b.id, status: "completed" as const })))

      const warm = await review(buyers.C, "booking", s1.id, { rating: 5 })
      expect(warm.data.review.status).toBe("published")
      // A critical review is published like any other.
      const critical = await review(buyers.C, "booking", s2.id, { rating: 1, title: "Not for me", body: "Felt rushed and distracted." })
      expect(critical.data.review.status).toBe("published")
      await expectExact(before + 2)

      const flagged = await review(buyers.C, "booking", s3.id, { rating: 4, body: "Book her at www.example.com or call 082 555 0101" })
      expect(flagged.data.review).toMatchObject({ status: "pending" })
      await expectExact(before + 2)
      const queue = await call(staff).get("/admin/reviews?status=pending&flagged=true")
      expect(queue.data.reviews.find((r: any) => r.id === flagged.data.review.id).flags.sort()).toEqual(["link", "phone"])

      // Staff must say why; the author sees it.
      const noReason = await call(staff).post(`/admin/reviews/${flagged.data.review.id}/reject`, {})
      expect(noReason.status).toBe(400)
      expect(noReason.data.message).toMatch(/reason/)
      expect((await call(staff).post(`/admin/reviews/${flagged.data.review.id}/reject`, { reason: "personal_data" })).status).toBe(200)
      const own = (await call(buyers.C).get("/store/customers/me/reviewable")).data.reviews.find(
        (r: any) => r.id === flagged.data.review.id
      )
      expect(own).toMatchObject({ status: "rejected", moderation_reason: { code: "personal_data" } })
      await expectExact(before + 2)

      // The author edits it: back to pending; staff approve it.
      const edited = await call(buyers.C).post(`/store/reviews/${flagged.data.review.id}`, { body: "Warm and wise; worth the wait." })
      expect(edited.data.review.status).toBe("pending")
      expect((await call(staff).post("/admin/reviews/approve", { ids: [flagged.data.review.id] })).status).toBe(200)
      await expectExact(before + 3)

      // Editing a published review takes it off the figures until staff read it again.
      expect((await call(buyers.C).post(`/store/reviews/${warm.data.review.id}`, { rating: 4 })).data.review.status).toBe("pending")
      await expectExact(before + 2)
      expect((await call(staff).post(`/admin/reviews/${warm.data.review.id}/approve`, {})).status).toBe(200)
      const afterApprove = await expectExact(before + 3)

      // Three reports (two customers and the practitioner) take a review to the queue; the author cannot report their own.
      expect((await call(buyers.C).post(`/store/reviews/${critical.data.review.id}/report`, { reason: "my own" })).status).toBe(400)
      for (const reporter of [buyers.A, buyers.B]) {
        expect((await call(reporter).post(`/store/reviews/${critical.data.review.id}/report`, { reason: "Unfair" })).status).toBe(200)
      }
      expect(
        (await call(buyers.A).post(`/store/reviews/${critical.data.review.id}/report`, { reason: "Again" })).data.already_reported
      ).toBe(true)
      await expectExact(before + 3)
      expect(
        (await call(practitioner.nomvula).post(`/vendor/reviews/${critical.data.review.id}/report`, { reason: "Not true" })).status
      ).toBe(200)
      await expectExact(before + 2)
      expect((await call(staff).get(`/admin/reviews?status=hidden`)).data.reviews.map((r: any) => r.id)).toContain(critical.data.review.id)

      // Deleting a review takes it out.
      expect((await call(buyers.C).delete(`/store/reviews/${flagged.data.review.id}`)).status).toBe(200)
      await expectExact(before + 1)
      expect(afterApprove.count).toBe(before + 3)

      // A full refund keeps the review but takes its badge.
      const { data } = await getContainer()
        .resolve(ContainerRegistrationKeys.QUERY)
        .graph({
          entity: "order",
          fields: ["payment_collections.payments.id", "payment_collections.payments.amount", "payment_collections.payments.captured_at"],
          filters: { id: third.id },
        })
      const payment = await waitFor(
        async () =>
          (
            await getContainer()
              .resolve(ContainerRegistrationKeys.QUERY)
              .graph({
                entity: "payment",
                fields: ["id", "amount", "captured_at"],
                filters: { id: (data[0] as any).payment_collections[0].payments[0].id },
              })
          ).data[0],
        (p) => !!p.captured_at
      )
      await refundPaymentWorkflow(getContainer()).run({ input: { payment_id: payment.id, amount: payment.amount } })
      const refunded = await waitFor(
        async () => (await publishedReviewsOf(api as any, buyers.C, nomvula())).reviews.find((r) => r.id === warm.data.review.id) as any,
        (r) => r && r.verified === false
      )
      expect(refunded).toMatchObject({ verified: false, badge: null })
      await expectExact(before + 1)
    })

    it("lets the practitioner reply once (held back when flagged) and report, but never moderate; votes count once", async () => {
      const [target] = await reviewedSessions([2])
      // Moderation is staff's alone.
      for (const action of ["approve", "reject", "hide"]) {
        expect((await call(practitioner.nomvula).post(`/admin/reviews/${target.id}/${action}`, { reason: "spam" })).status).toBe(401)
      }
      // Thabo cannot reply to a review of Nomvula.
      expect((await call(practitioner.thabo).post(`/vendor/reviews/${target.id}/reply`, { body: "Thanks" })).status).toBe(404)
      const reply = await call(practitioner.nomvula).post(`/vendor/reviews/${target.id}/reply`, { body: "Thank you for coming." })
      expect(reply.data.review.reply).toMatchObject({ status: "published", body: "Thank you for coming." })
      const edited = await call(practitioner.nomvula).post(`/vendor/reviews/${target.id}/reply`, { body: "Email me at n@example.com" })
      expect(edited.data.review.reply).toMatchObject({ status: "pending" })
      let shown = (await publishedReviewsOf(api as any, buyers.C, nomvula())).reviews.find((r) => r.id === target.id) as any
      expect(shown.reply).toBeNull()
      expect((await call(staff).post(`/admin/reviews/${target.id}/reply`, { decision: "approve" })).status).toBe(200)
      shown = (await publishedReviewsOf(api as any, buyers.C, nomvula())).reviews.find((r) => r.id === target.id) as any
      expect(shown.reply.body).toBe("Email me at n@example.com")

      const mine = await call(practitioner.nomvula).get("/vendor/reviews")
      expect(mine.data.reviews.map((r: any) => r.id)).toContain(target.id)
      expect((await call(practitioner.thabo).get("/vendor/reviews")).data.reviews.map((r: any) => r.id)).not.toContain(target.id)

      // One vote each; the author's own does not count.
      expect((await call(buyers.A).post(`/store/reviews/${target.id}/helpful`)).status).toBe(400)
      const votes = await Promise.all(
        [buyers.B, buyers.B, buyers.C].map((buyer) => call(buyer).post(`/store/reviews/${target.id}/helpful`))
      )
      expect(votes.map((v) => v.status)).toEqual([200, 200, 200])
      const helpful = await call(buyers.C).get(`/store/reviews?target_type=practitioner&target_id=${nomvulaId}&sort=helpful&limit=1`)
      expect(helpful.data.reviews[0]).toMatchObject({ id: target.id, helpful_count: 2 })
    })

    it("gives the directory's rating filter and sort real figures", async () => {
      await reviewedSessions([5, 2])
      const { aggregate } = await publishedReviewsOf(api as any, buyers.C, nomvula())
      expect(aggregate).toMatchObject({ count: 2, average: 3.5 })
      const rated = await call(buyers.C).get(`/store/practitioners?min_rating=${Math.floor(aggregate.average * 10) / 10}&limit=50`)
      expect(rated.data.practitioners.map((p: any) => p.handle)).toContain("nomvula-dlamini")
      const listed = rated.data.practitioners.find((p: any) => p.handle === "nomvula-dlamini")
      expect(listed).toMatchObject({ rating_count: aggregate.count })
      expect(listed.rating_average).toBeCloseTo(aggregate.average, 2)
      const above = await call(buyers.C).get(`/store/practitioners?min_rating=${Math.min(5, aggregate.average + 0.01)}&limit=50`)
      expect(above.data.practitioners.map((p: any) => p.handle)).not.toContain("nomvula-dlamini")
      const profile = await call(buyers.C).get("/store/practitioners/nomvula-dlamini")
      expect(profile.data.practitioner.rating).toMatchObject({ count: aggregate.count })
    })

    it("anonymises a deleted account's reviews and keeps them", async () => {
      await reviewedSessions([4, 3])
      const { data } = await call(staff).get("/admin/customers?q=reviewer-a@example.com")
      const customerId = data.customers[0].id
      const before = (await call(staff).get(`/admin/reviews?limit=200`)).data.reviews.filter((r: any) => r.customer_id === customerId)
      expect(before.length).toBeGreaterThan(0)
      expect((await call(staff).delete(`/admin/customers/${customerId}`)).status).toBe(200)
      const after = await waitFor(
        async () =>
          (await call(staff).get(`/admin/reviews?limit=200`)).data.reviews.filter((r: any) => before.some((b: any) => b.id === r.id)),
        (list) => list.every((r: any) => r.customer_id === null)
      )
      expect(after.map((r: any) => r.reviewer_name)).toEqual(before.map(() => "A former client"))
    })
  },
})
