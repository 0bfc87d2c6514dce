import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { REVIEW_MODULE } from "../../src/modules/review"
import type ReviewModuleService from "../../src/modules/review/service"
import { BOOKING_MODULE } from "../../src/modules/booking"
import BookingModuleService from "../../src/modules/booking/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import PractitionerModuleService from "../../src/modules/practitioner/service"
import { Actor, ACTORS, applicant, buildFixtures, Fixtures, requestAs } from "../helpers/authorisation-fixtures"
import { CALL_ORDER, MATRIX, privateValues } from "../helpers/authorisation-table"
import { customRoutes, routeKey } from "../helpers/custom-routes"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { nextWeekday } from "../helpers/sessions"
import { AUDIT_MODULE } from "../../src/modules/audit"
import type AuditModuleService from "../../src/modules/audit/service"

const AUDITED_ACTORS: Actor[] = ["staff", "practitionerA", "practitionerB", "pending", "suspended"]
/** Writes no actor here can make succeed, checked in the test that can: applying (below) and Stripe onboarding (payouts.spec). */
const AUDITED_ELSEWHERE = ["POST /vendor/practitioners", "POST /vendor/earnings/stripe-onboarding"]
const AUDITED_WRITE = /^(POST|PUT|PATCH|DELETE) \/(admin|vendor)\//

jest.setTimeout(240_000)

const bodyText = (data: unknown) => (typeof data === "string" ? data : JSON.stringify(data ?? ""))

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let fx: Fixtures
    const as = (actor: (typeof ACTORS)[number]) => requestAs(api, store, fx.tokens[actor])
    const bookings = () => getContainer().resolve<BookingModuleService>(BOOKING_MODULE)
    const practitioners = () => getContainer().resolve<PractitionerModuleService>(PRACTITIONER_MODULE)

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      fx = await buildFixtures(api, getContainer(), store)
    })

    /**
     * The audit log's coverage, walked over the route table: every write to
     * a custom /admin or /vendor route that staff or a practitioner made and
     * that succeeded left exactly one entry naming the route and that actor,
     * and every such route had a successful write to check.
     */
    const expectEveryWriteAudited = async (writes: Array<{ key: string; actor: Actor }>, since: Date) => {
      const staffId = (await as("staff")("get", "/admin/users/me")).data.user.id
      const actorIds: Partial<Record<Actor, string>> = {
        staff: staffId,
        practitionerA: fx.practitioners.A.id,
        practitionerB: fx.practitioners.B.id,
        pending: fx.practitioners.pending.id,
        suspended: fx.practitioners.suspended.id,
      }
      const entries = await getContainer()
        .resolve<AuditModuleService>(AUDIT_MODULE)
        .listAuditEntries({ created_at: { $gte: since } }, { take: null })
      const counted = new Map<string, number>()
      for (const entry of entries)
        counted.set(`${entry.action} by ${entry.actor_id}`, (counted.get(`${entry.action} by ${entry.actor_id}`) ?? 0) + 1)
      const wrong = writes
        .map(({ key, actor }) => [`${key} by ${actor}`, counted.get(`${key} by ${actorIds[actor]}`) ?? 0] as const)
        .filter(([, count]) => count !== 1)
        .map(([write, count]) => `${write}: ${count} entries`)
      expect(wrong).toEqual([])
      const mutating = Object.keys(MATRIX).filter((key) => AUDITED_WRITE.test(key))
      const checked = new Set([...writes.map((write) => write.key), ...AUDITED_ELSEWHERE])
      expect(mutating.filter((key) => !checked.has(key))).toEqual([])
    }

    it("has an entry for every custom route and none for a route that does not exist", () => {
      expect(Object.keys(MATRIX).sort()).toEqual(customRoutes().map(routeKey).sort())
    })

    it("answers every route with the status its table gives each actor, and shows no one another's private data", async () => {
      const secrets = privateValues(fx)
      const mismatches: string[] = []
      const leaks: string[] = []
      const writes: Array<{ key: string; actor: Actor }> = []
      const started = new Date()
      for (const [key, route] of Object.entries(MATRIX)) {
        const method = key.split(" ")[0].toLowerCase()
        const call = async (actor: Actor) => {
          const url = route.path(fx, actor)
          const body = route.body?.(fx, actor)
          const response = await as(actor)(method, url, body)
          const text = bodyText(response.data)
          if (AUDITED_WRITE.test(key) && response.status < 400 && AUDITED_ACTORS.includes(actor)) writes.push({ key, actor })
          if (response.status !== route.expect[actor]) {
            mismatches.push(`${key} as ${actor}: ${response.status}, expected ${route.expect[actor]} (${url}): ${text.slice(0, 300)}`)
          }
          // A response may echo what the request sent, and what the capability in its path shows.
          const sent = url + (body instanceof FormData ? "" : bodyText(body))
          const shown = new Set(route.reveals?.(fx) ?? [])
          for (const secret of secrets) {
            if (secret.seenBy.includes(actor) || sent.includes(secret.value) || shown.has(secret.value)) continue
            if (text.includes(secret.value)) leaks.push(`${key} as ${actor} shows ${secret.label} (${secret.value})`)
          }
        }
        // Reads go out together; writes one actor at a time, owners last.
        if (method === "get") await Promise.all(CALL_ORDER.map(call))
        else for (const actor of CALL_ORDER) await call(actor)
      }
      expect(mismatches).toEqual([])
      expect(leaks).toEqual([])
      await expectEveryWriteAudited(writes, started)
    })

    // Each test below starts from the fixtures as beforeAll left them: Medusa's runner restores the database between tests.
    describe("mass assignment", () => {
      const GUARDED = [
        ["status", "approved"],
        ["verified", true],
        ["commission_rate", 0],
        ["rate_bps", 0],
        ["rating_average", 5],
        ["rating_count", 999],
      ] as const

      it("refuses a practitioner setting their own status, verification, commission or rating through POST /vendor/me, changing nothing", async () => {
        for (const actor of ["pending", "suspended", "practitionerA"] as const) {
          const id = actor === "practitionerA" ? fx.practitioners.A.id : fx.practitioners[actor].id
          const before = await practitioners().retrievePractitioner(id)
          for (const [field, value] of GUARDED) {
            const response = await as(actor)("post", "/vendor/me", { bio: "Sneaky edit", [field]: value })
            expect([actor, response.status, response.data.message]).toEqual([actor, 400, expect.stringContaining(field)])
          }
          expect(await practitioners().retrievePractitioner(id)).toEqual(before)
        }
      })

      it("refuses an application that sets its own status, verification, commission or rating, creating nothing", async () => {
        const email = "matrix-self-approved@example.com"
        const registered = await api.post("/auth/practitioner/emailpass/register", { email, password: "matrix-password-1" })
        for (const [field, value] of GUARDED) {
          const applied = await requestAs(api, store, registered.data.token)("post", "/vendor/practitioners", {
            display_name: "Self Approved",
            kind: "healer",
            timezone: "Africa/Johannesburg",
            [field]: value,
          })
          expect([applied.status, applied.data.message]).toEqual([400, expect.stringContaining(field)])
        }
        expect(await practitioners().listPractitioners({ email })).toEqual([])
        // Without those fields an application is pending, unverified, at the platform's commission and unrated.
        const id = await applicant(api, "matrix-honest@example.com", "Matrix Honest Applicant")
        expect(await practitioners().retrievePractitioner(id)).toMatchObject({ status: "pending", verified: false })
        // The applicant had no practitioner when they wrote; the audit names the one they created.
        const audited = await getContainer()
          .resolve<AuditModuleService>(AUDIT_MODULE)
          .listAuditEntries({ action: "POST /vendor/practitioners", actor_id: id })
        expect(audited).toEqual([expect.objectContaining({ actor_type: "practitioner", target_type: "practitioner", target_id: id })])
        const [figures] = await getContainer()
          .resolve<ReviewModuleService>(REVIEW_MODULE)
          .aggregatesOf([{ target_type: "practitioner", target_id: id }])
        expect(figures).toMatchObject({ review_count: 0, rating_average: 0 })
      })

      it("refuses a customer setting a booking's status, price, practitioner or customer when holding, moving or cancelling it, changing nothing", async () => {
        const customer = as("customerB")
        const { cartId, bookingId } = fx.customers.B
        const heldBefore = await bookings().listBookings({ cart_id: cartId })
        const placedBefore = await bookings().retrieveBooking(bookingId)
        const startsAt = nextWeekday("Africa/Johannesburg", 5, fx.now, 21).set({ hour: 9 }).toUTC().toISO()
        const forged = {
          status: "confirmed",
          price: 1,
          unit_price: 1,
          refund_amount: 500,
          practitioner_id: fx.practitioners.A.id,
          customer_id: fx.customers.A.id,
        }
        for (const [field, value] of Object.entries(forged)) {
          const hold = await customer("post", `/store/carts/${cartId}/bookings`, {
            variant_id: fx.sessionA.variantId,
            starts_at: startsAt,
            [field]: value,
          })
          const move = await customer("post", `/store/bookings/${bookingId}/reschedule`, { starts_at: startsAt, [field]: value })
          const cancel = await customer("post", `/store/bookings/${bookingId}/cancel`, { confirm: true, [field]: value })
          for (const [route, response] of Object.entries({ hold, move, cancel })) {
            expect([route, response.status, response.data.message]).toEqual([route, 400, expect.stringContaining(field)])
          }
        }
        expect(await bookings().listBookings({ cart_id: cartId })).toEqual(heldBefore)
        expect(await bookings().retrieveBooking(bookingId)).toEqual(placedBefore)
      })
    })
  },
})
