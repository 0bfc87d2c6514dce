import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import type { AxiosInstance } from "axios"
import fc from "fast-check"
import { request as httpRequest } from "http"
import { customRoutes, routeKey } from "../helpers/custom-routes"
import { seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { allValidatorFields, routeFields } from "../helpers/fuzz-fields"
import { FuzzFixtures, FuzzRequest, requestsFor } from "../helpers/fuzz-requests"
import { ActorHeaders, signInActors } from "../helpers/request-actors"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { tableFingerprint, watchedTables } from "../helpers/table-fingerprint"

/**
 * Property-based requests over every custom route (read from the route
 * files): wrong types, huge strings and arrays, odd numbers, dates from year
 * 0 to 9999, unknown zones, NUL and lone surrogates, polluting keys, repeated
 * query parameters and undecodable paths, as each actor. Every answer is a
 * 2xx, or a 4xx with a JSON message that wrote nothing; none takes over
 * FUZZ_MAX_MS; /health answers throughout.
 *
 * FUZZ_SEED (default 20261202) and FUZZ_RUNS (total requests, default 3000)
 * reproduce or widen a run.
 */
const SEED = Number(process.env.FUZZ_SEED || 20261202)
const TOTAL_RUNS = Number(process.env.FUZZ_RUNS || 3000)
const MAX_MS = Number(process.env.FUZZ_MAX_MS || 2000)
// The hold sweep (expired holds, waitlist offers) writes on its own clock; a sweep landing during a refused
// request would look like that request's write. Here it runs once a day, i.e. never during the run.
process.env.BOOKING_HOLD_SWEEP_SECONDS = "86400"
process.env.FREE_SLOTS_REFRESH_SECONDS = "86400"
const HEALTH_EVERY = 50

jest.setTimeout(30 * 60_000)

/** A stable per-route seed, so a new route does not change what the others are sent. */
const seedFor = (key: string) => [...key].reduce((hash, c) => (hash * 31 + c.charCodeAt(0)) | 0, SEED)

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    const http = api as AxiosInstance
    const routes = customRoutes()
    const runsPerRoute = Math.max(1, Math.ceil(TOTAL_RUNS / routes.length))
    const statuses: Record<string, number> = {}
    let sent = 0
    let slowest = 0
    let actors: ActorHeaders
    let fixtures: FuzzFixtures
    let tables: Awaited<ReturnType<typeof watchedTables>>
    const pg = () => getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
    const fingerprint = () => tableFingerprint(pg(), tables)

    beforeAll(async () => {
      const container = getContainer()
      const store = await seedDemoStore(container)
      actors = await signInActors(http, store, "fuzz@example.com")
      tables = await watchedTables(pg())
      const now = new Date()
      const session = await sessionVariant(container, "nomvula-dlamini", 60)
      const other = await sessionVariant(container, "thabo-mokoena", 60).catch(() => session)
      const send = (method: string, url: string, data?: unknown) =>
        http.request({ method, url, data, headers: actors[url.startsWith("/vendor") ? "practitioner" : "customer"] })
      const cart = await send("post", "/store/carts", { region_id: store.regions["South Africa"].id })
      const startsAt = nextWeekday(session.timezone, 3, now).set({ hour: 10 }).toUTC().toISO()!
      const hold = await send("post", `/store/carts/${cart.data.cart.id}/bookings`, { variant_id: session.variantId, starts_at: startsAt })
      const timeOff = await send("post", "/vendor/schedule/time-off", {
        starts_at: nextWeekday(session.timezone, 5, now, 9).toUTC().toISO(),
        ends_at: nextWeekday(session.timezone, 5, now, 9).plus({ days: 1 }).toUTC().toISO(),
        reason: "retreat",
      })
      const overrideDate = nextWeekday(session.timezone, 6, now, 10).toISODate()!
      await send("post", "/vendor/schedule/overrides", { date: overrideDate, intervals: [] })
      const bookingId = hold.data.booking.id as string
      const circle = await putOnEvent(container, fullMoonCircle(now, session.practitionerId, { handle: "fuzz-circle" }), now)
      fixtures = {
        now,
        pathValues: [
          { prefix: "GET /store/practitioners/", values: ["nomvula-dlamini", "thabo-mokoena"] },
          { prefix: "GET /store/carts/", values: [cart.data.cart.id] },
          { prefix: "POST /store/carts/", values: [cart.data.cart.id] },
          { prefix: "GET /store/orders/", values: ["order_01", cart.data.cart.id] },
          { prefix: "GET /store/bookings/", values: [bookingId] },
          { prefix: "POST /store/bookings/", values: [bookingId] },
          { prefix: "POST /vendor/bookings/", values: [bookingId] },
          { prefix: "GET /admin/bookings/", values: [bookingId] },
          { prefix: "POST /admin/bookings/", values: [bookingId] },
          { prefix: "GET /admin/practitioners/", values: [other.practitionerId] },
          { prefix: "POST /admin/practitioners/", values: [other.practitionerId] },
          { prefix: "GET /admin/products/", values: [session.productId, other.productId] },
          { prefix: "POST /admin/products/", values: [other.productId] },
          { prefix: "POST /vendor/products/", values: [session.productId] },
          { prefix: "DELETE /vendor/products/", values: [session.productId] },
          { prefix: "DELETE /vendor/schedule/time-off/", values: [timeOff.data.time_off?.id ?? "avoff_x"] },
          { prefix: "DELETE /vendor/schedule/overrides/", values: [overrideDate] },
          { prefix: "POST /store/event-dates/", values: circle.dates.map((d) => d.id) },
          { prefix: "GET /store/waitlist-offers/", values: ["not-a-token", "x".repeat(300)] },
          { prefix: "DELETE /store/customers/me/waitlist/", values: ["evwl_01"] },
          { prefix: "POST /store/tickets/", values: ["tkt_01"] },
          { prefix: "GET /store/tickets/", values: ["tkt_01"] },
          { prefix: "POST /admin/events/tickets/", values: ["tkt_01"] },
          { prefix: "POST /vendor/events/dates/", values: [circle.dates[1].id] },
          { prefix: "POST /vendor/events/ticket-types/", values: circle.ticket_types.map((t) => t.id) },
          { prefix: "POST /admin/events/ticket-types/", values: circle.ticket_types.map((t) => t.id) },
          { prefix: "GET /vendor/events/dates/", values: [circle.dates[0].id] },
          { prefix: "GET /admin/events/dates/", values: [circle.dates[0].id] },
          { prefix: "GET /vendor/events/", values: [circle.event.id] },
          { prefix: "POST /vendor/events/", values: [circle.event.id] },
          { prefix: "POST /admin/events/:id", values: [circle.event.id] },
          { prefix: "GET /admin/events/", values: [circle.event.id] },
          { prefix: "GET /admin/orders/", values: ["order_01"] },
          { prefix: "POST /admin/events/dates/", values: [circle.dates[1].id] },
          { prefix: "GET /vendor/earnings/payouts/", values: ["pout_01"] },
          { prefix: "GET /admin/payouts/", values: ["pout_01"] },
          { prefix: "POST /admin/payouts/", values: ["pout_01"] },
          { prefix: "DELETE /admin/commission-rules/", values: ["crule_01"] },
          { prefix: "POST /admin/earnings/", values: ["earn_01"] },
          { prefix: "POST /store/reviews/", values: ["rev_01"] },
          { prefix: "POST /store/customers/me/favourites/", values: ["fav_01"] },
          { prefix: "DELETE /store/customers/me/favourites/", values: ["fav_01"] },
          { prefix: "DELETE /store/reviews/", values: ["rev_01"] },
          { prefix: "POST /vendor/reviews/", values: ["rev_01"] },
          { prefix: "POST /admin/reviews/", values: ["rev_01"] },
        ],
        ids: [
          circle.variant(0, 0),
          circle.variant(1, 1),
          session.variantId,
          session.productId,
          session.practitionerId,
          bookingId,
          cart.data.cart.id,
          "nomvula-dlamini",
          startsAt,
          overrideDate,
        ],
      }
    })

    afterAll(() => {
      // The figures a reader of the CI log wants: how many requests, and how they were answered.
      console.log(`fuzz: seed ${SEED}, ${sent} requests, statuses ${JSON.stringify(statuses)}, slowest ${slowest} ms`)
    })

    async function healthy() {
      const started = Date.now()
      const health = await http.get("/health", { validateStatus: () => true, timeout: MAX_MS })
      expect({ health: health.status, ms: Date.now() - started < MAX_MS }).toEqual({ health: 200, ms: true })
    }

    /** Sends one request and checks every promise the API makes about it; throws with the request on a break. */
    async function sendAndCheck(request: FuzzRequest, before: Record<string, string>, method: string) {
      const started = Date.now()
      const response = await sendRaw(http.defaults.baseURL!, method, request.url, {
        headers: { ...actors[request.actor], ...(request.contentType ? { "content-type": request.contentType } : {}) },
        body: request.body,
      })
      const ms = Date.now() - started
      sent++
      slowest = Math.max(slowest, ms)
      statuses[response.status] = (statuses[response.status] ?? 0) + 1
      const problems: string[] = []
      if (response.status >= 500 || response.status < 200 || (response.status >= 300 && response.status < 400)) problems.push("status")
      if (ms > MAX_MS) problems.push(`took ${ms} ms`)
      const after = await fingerprint()
      if (response.status >= 400) {
        const message = parseMessage(response.data)
        if (!message) problems.push("no JSON message")
        const changed = Object.keys(after).filter((table) => after[table] !== before[table])
        if (changed.length) problems.push(`refused but wrote to ${changed.join(", ")}`)
      }
      if (problems.length) {
        throw new Error(
          `${problems.join("; ")}: ${request.actor} ${method} ${request.url.slice(0, 300)} ` +
            `[${request.contentType ?? "no body"}] ${String(request.body ?? "").slice(0, 300)} → ${response.status} ${String(response.data).slice(0, 300)}`
        )
      }
      return response.status < 300 && method !== "GET" ? settled(after) : after
    }

    /**
     * After a write that was accepted, the tables once whatever it set off has
     * finished: unchanged for 300 ms, since a chain of subscribers (a refund,
     * then the ledger, then the waitlist) can pause between its writes.
     */
    async function settled(reading: Record<string, string>) {
      let quiet = 0
      for (let polls = 0; polls < 200 && quiet < 6; polls++) {
        await new Promise((resolve) => setTimeout(resolve, 50))
        const next = await fingerprint()
        quiet = JSON.stringify(next) === JSON.stringify(reading) ? quiet + 1 : 0
        reading = next
      }
      return reading
    }

    it("fuzzes every custom route", () => {
      expect(routes.length).toBeGreaterThan(30)
    })

    const allFields = allValidatorFields()
    it.each(routes.map((route) => [routeKey(route), route] as const))("%s", async (key, route) => {
      const arbitrary = requestsFor(route, routeFields(route), allFields, fixtures)
      let before = await fingerprint()
      await fc.assert(
        fc.asyncProperty(arbitrary, async (request) => {
          before = await sendAndCheck(request, before, route.method)
          if (sent % HEALTH_EVERY === 0) await healthy()
        }),
        { seed: seedFor(key), numRuns: runsPerRoute, endOnFailure: true }
      )
      await healthy()
    })
  },
})

/**
 * One request with its path sent exactly as written: a client library would
 * resolve `..` and `%2e%2e` into another path before the server saw them.
 */
function sendRaw(baseURL: string, method: string, path: string, options: { headers: Record<string, string>; body?: string }) {
  const { hostname, port } = new URL(baseURL)
  return new Promise<{ status: number; data: string }>((resolve, reject) => {
    const req = httpRequest({ host: hostname, port, method, path, headers: options.headers, timeout: 30_000 }, (res) => {
      let data = ""
      res.setEncoding("utf8")
      res.on("data", (chunk) => (data += chunk))
      res.on("end", () => resolve({ status: res.statusCode ?? 0, data }))
      res.on("error", reject)
    })
    req.on("timeout", () => req.destroy(new Error(`no answer in 30 s to ${method} ${path.slice(0, 200)}`)))
    req.on("error", reject)
    req.end(options.body)
  })
}

function parseMessage(body: unknown): string | null {
  try {
    const parsed = JSON.parse(String(body))
    return typeof parsed?.message === "string" && parsed.message.length ? parsed.message : null
  } catch {
    return null
  }
}
