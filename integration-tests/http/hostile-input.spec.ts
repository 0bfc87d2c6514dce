import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import type { AxiosInstance } from "axios"
import { connect } from "net"
import { customRoutes, routeKey } from "../helpers/custom-routes"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { ActorHeaders, ActorName, ownerOf, signInActors } from "../helpers/request-actors"
import { sessionVariant } from "../helpers/sessions"

jest.setTimeout(180_000)

const DAY = 86_400_000
const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** The raw answer to one HTTP request written by hand on a socket (what a client library would refuse to send). */
function rawRequest(baseURL: string, head: string, body: Buffer = Buffer.alloc(0)) {
  const { hostname, port } = new URL(baseURL)
  return new Promise<string>((resolve, reject) => {
    let answer = ""
    const socket = connect(Number(port), hostname, () => {
      socket.write(head)
      socket.end(body)
    })
    socket.on("data", (chunk) => (answer += chunk.toString("latin1")))
    // The server may close before it has read all we wrote: what it answered is what counts.
    socket.on("error", (error) => (answer ? resolve(answer) : reject(error)))
    socket.on("close", () => resolve(answer))
  })
}

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let actors: ActorHeaders
    let variantId: string

    const send = (actor: ActorName, method: string, url: string, data?: unknown, headers: Record<string, string> = {}) =>
      (api as AxiosInstance).request({
        method,
        url,
        data,
        headers: { ...actors[actor], ...headers },
        validateStatus: () => true,
      })

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      actors = await signInActors(api, store)
      variantId = (await sessionVariant(getContainer(), "nomvula-dlamini", 60)).variantId
    })

    describe("a NUL or a lone surrogate in a field is a 400 naming the field, and writes nothing", () => {
      const inTwoDays = () => new Date(Date.now() + 2 * DAY).toISOString()
      const inThreeDays = () => new Date(Date.now() + 3 * DAY).toISOString()

      it.each([
        ["q", "customer", "get", "/store/practitioners?q=a%00b", undefined, /^q contains a NUL/],
        ["specialty", "customer", "get", "/store/practitioners?specialty=reiki%00", undefined, /^specialty contains a NUL/],
        ["a repeated query parameter", "customer", "get", "/store/practitioners?q=ok&q=b%00", undefined, /^q\[1\] contains a NUL/],
        [
          "variant_id in the slots",
          "customer",
          "get",
          "/store/practitioners/nomvula-dlamini/slots?variant_id=v%00",
          undefined,
          /^variant_id/,
        ],
        ["order_id", "anonymous", "get", "/store/bookings/bkg_x/calendar.ics?order_id=order%00", undefined, /^order_id contains a NUL/],
        ["admin q", "staff", "get", "/admin/practitioners?q=%00", undefined, /^q contains a NUL/],
        ["admin order_id", "staff", "get", "/admin/bookings?order_id=order_%00", undefined, /^order_id contains a NUL/],
        ["admin practitioner_id", "staff", "get", "/admin/bookings?practitioner_id=%00", undefined, /^practitioner_id contains a NUL/],
        ["bio", "practitioner", "post", "/vendor/me", { bio: "a\u0000b" }, /^bio contains a NUL/],
        ["specialties", "practitioner", "post", "/vendor/me", { specialties: ["reiki", "x\u0000"] }, /^specialties\[1\] contains a NUL/],
        ["city", "practitioner", "post", "/vendor/me", { city: "Durban\u0000" }, /^city contains a NUL/],
        [
          "a certification name (lone surrogate)",
          "practitioner",
          "post",
          "/vendor/me",
          { certifications: [{ name: "Reiki \ud800" }] },
          /^certifications\[0\]\.name contains a lone UTF-16 surrogate/,
        ],
        [
          "description",
          "practitioner",
          "post",
          "/vendor/products",
          { title: "Aura reading", description: "x\u0000", durations: [{ minutes: 60, prices: { zar: 500 } }] },
          /^description contains a NUL/,
        ],
        ["a key", "practitioner", "post", "/vendor/me", { ["bio\u0000"]: "x" }, /^body key "bio\\u0000" contains a NUL/],
        ["Medusa's product search", "customer", "get", "/store/products?q=%00", undefined, /^q contains a NUL/],
        [
          "Medusa's login",
          "anonymous",
          "post",
          "/auth/customer/emailpass",
          { email: "a\u0000@b.co", password: "x" },
          /^email contains a NUL/,
        ],
      ] as const)("%s", async (_case, actor, method, url, body, message) => {
        const before = await send("practitioner", "get", "/vendor/me")
        const response = await send(actor, method, url, body)
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(message)
        const after = await send("practitioner", "get", "/vendor/me")
        expect(after.data.practitioner).toEqual(before.data.practitioner)
      })

      it("time-off reason, and the hold's variant_id in a cart", async () => {
        const timeOff = await send("practitioner", "post", "/vendor/schedule/time-off", {
          starts_at: inTwoDays(),
          ends_at: inThreeDays(),
          reason: "away\u0000",
        })
        expect(timeOff.status).toBe(400)
        expect(timeOff.data.message).toMatch(/^reason contains a NUL/)
        const schedule = await send("practitioner", "get", "/vendor/schedule")
        expect(schedule.data.time_off).toEqual([])

        const cart = await send("customer", "post", "/store/carts", { region_id: store.regions["South Africa"].id })
        const hold = await send("customer", "post", `/store/carts/${cart.data.cart.id}/bookings`, {
          variant_id: `${variantId}\u0000`,
          starts_at: inTwoDays(),
        })
        expect(hold.status).toBe(400)
        expect(hold.data.message).toMatch(/^variant_id contains a NUL/)
        const lines = await send("customer", "get", `/store/carts/${cart.data.cart.id}`)
        expect(lines.data.cart.items).toEqual([])
      })
    })

    describe("a path parameter that cannot be decoded is a 400 naming the segment, on every route with one", () => {
      const withParams = customRoutes().filter((route) => route.path.includes(":"))

      it("has routes to check", () => {
        expect(withParams.length).toBeGreaterThan(10)
      })

      it.each(withParams.map((route) => [routeKey(route), route] as const))("%s", async (_key, route) => {
        for (const bad of ["%", "%E0%A4%A", "a%00b"]) {
          const url = route.path.replace(/:\w+/g, bad)
          const response = await send(ownerOf(route.path), route.method, url, route.method === "GET" ? undefined : {})
          expect({ bad, status: response.status }).toEqual({ bad, status: 400 })
          expect(response.data.message).toContain(`"${bad}"`)
        }
      })
    })

    it("a NUL in a query parameter is refused on every custom route", async () => {
      const answers: Array<[string, number, unknown]> = []
      for (const route of customRoutes()) {
        const url = route.path.replace(/:\w+/g, "x") + "?zz=%00"
        const response = await send(ownerOf(route.path), route.method, url, route.method === "GET" ? undefined : {})
        answers.push([routeKey(route), response.status, response.data?.message])
      }
      expect(answers).toEqual(answers.map(([key]) => [key, 400, "zz contains a NUL character (\\u0000); remove it."]))
    })

    describe("an unreadable avatar upload is a 400 that says what to send, and keeps the old picture", () => {
      const boundary = "avenrae-boundary"
      const part = (filename: string) =>
        Buffer.concat([
          Buffer.from(
            `--${boundary}\r\nContent-Disposition: form-data; name="avatar"; filename="${filename}"\r\nContent-Type: image/png\r\n\r\n`
          ),
          PNG_START,
        ])

      it.each([
        ["no boundary", "multipart/form-data", part("me.png"), /Boundary not found/],
        ["a truncated body", `multipart/form-data; boundary=${boundary}`, part("me.png"), /Unexpected end of form/],
        [
          "a NUL in the filename",
          `multipart/form-data; boundary=${boundary}`,
          Buffer.concat([part("me\u0000.png"), Buffer.from(`\r\n--${boundary}--\r\n`)]),
          /Malformed part header/,
        ],
      ])("%s", async (_case, contentType, body, cause) => {
        const response = await send("practitioner", "post", "/vendor/me/avatar", body, { "content-type": contentType })
        expect(response.status).toBe(400)
        expect(response.data.message).toMatch(cause)
        expect(response.data.message).toMatch(/multipart\/form-data with one picture in the field "avatar"/)
        const me = await send("practitioner", "get", "/vendor/me")
        expect(me.data.practitioner.avatar_url).toBeNull()
      })
    })

    it("a body that is not JSON is a 400 saying so", async () => {
      const response = await send("practitioner", "post", "/vendor/me", '{"bio":', { "content-type": "application/json" })
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(/^The body is not valid JSON/)
    })

    it("a 1 MB query string is refused by the HTTP server with 431, and the server keeps answering", async () => {
      const baseURL = (api as AxiosInstance).defaults.baseURL!
      const answer = await rawRequest(baseURL, `GET /store/practitioners?q=${"a".repeat(1_000_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`)
      expect(answer).toMatch(/^HTTP\/1\.1 431 /)
      expect((await api.get("/health")).status).toBe(200)
    })
  },
})
