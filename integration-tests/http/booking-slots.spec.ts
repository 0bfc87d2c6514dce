import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DateTime } from "luxon"
import { BOOKING_MODULE } from "../../src/modules/booking"
import BookingModuleService from "../../src/modules/booking/service"
import { PRODUCTS } from "../../src/scripts/seed/data/catalog"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { nextWeekday, sessionVariant } from "../helpers/sessions"
import { shopperFor } from "../helpers/store-checkout"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

jest.setTimeout(120_000)

const ZONE = "Africa/Johannesburg"

medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    /** The test's one clock reading: every date a test builds starts from it. */
    let now: Date
    beforeEach(() => {
      now = new Date()
    })
    let session: Awaited<ReturnType<typeof sessionVariant>>
    const monday = () => nextWeekday(ZONE, 1, now)
    const slots = (query: string, handle = "nomvula-dlamini") => shopperFor(api, store).get(`/store/practitioners/${handle}/slots?${query}`)
    const day = (date: DateTime) =>
      `variant_id=${session.variantId}&from=${encodeURIComponent(date.toISO()!)}&to=${encodeURIComponent(date.plus({ days: 1 }).toISO()!)}`
    const localStarts = (response: { data: { slots: { starts_at: string }[] } }) =>
      response.data.slots.map((s) => DateTime.fromISO(s.starts_at, { zone: ZONE }).toFormat("HH:mm"))

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
    })

    it("lists a weekday's free hours in the practitioner's zone, with a lunch break", async () => {
      const response = await slots(day(monday()))
      expect(response.status).toBe(200)
      expect(response.data).toMatchObject({ timezone: ZONE, practitioner_timezone: ZONE, duration_minutes: 60 })
      // Default settings: 30-minute steps, 15 minutes after each session.
      expect(localStarts(response)).toEqual([
        "09:00",
        "09:30",
        "10:00",
        "10:30",
        "11:00",
        "13:00",
        "13:30",
        "14:00",
        "14:30",
        "15:00",
        "15:30",
        "16:00",
      ])
    })

    it("shows the same slots in the shopper's zone", async () => {
      const response = await slots(`${day(monday())}&tz=Europe/London`)
      const first = response.data.slots[0]
      expect(response.data.timezone).toBe("Europe/London")
      expect(DateTime.fromISO(first.local_start, { setZone: true }).toFormat("HH:mm")).toBe(
        DateTime.fromISO(first.starts_at).setZone("Europe/London").toFormat("HH:mm")
      )
      expect(first.local_start.endsWith("+00:00") || first.local_start.endsWith("+01:00")).toBe(true)
    })

    it("leaves out a live booking with its buffer, and the buffer of the new session", async () => {
      const start = monday().set({ hour: 10 })
      await getContainer()
        .resolve<BookingModuleService>(BOOKING_MODULE)
        .createBookings({
          practitioner_id: session.practitionerId,
          product_id: session.productId,
          variant_id: session.variantId,
          starts_at: start.toJSDate(),
          ends_at: start.plus({ hours: 1 }).toJSDate(),
          blocked_from: start.toJSDate(),
          blocked_until: start.plus({ minutes: 75 }).toJSDate(),
          customer_timezone: ZONE,
          status: "confirmed",
        })
      // 09:00 would block until 10:15 and so touch the 10:00 booking; 11:00 starts inside its buffer.
      expect(localStarts(await slots(day(monday())))).toEqual(["13:00", "13:30", "14:00", "14:30", "15:00", "15:30", "16:00"])
    })

    /** A calendar date `days` from today, as the query names it. */
    const dateIn = (days: number) => DateTime.utc().plus({ days }).toISODate()!

    it.each([
      [`from=${dateIn(1)}`, /variant_id/],
      [`variant_id=x&from=${dateIn(1)}&to=${dateIn(92)}`, /at most 62 days/],
      ["variant_id=x&tz=Mars/Olympus", /IANA time zone/],
      [`variant_id=x&from=${dateIn(32)}&to=${dateIn(1)}`, /to must be after from/],
      ["variant_id=x&from=yesterday", /ISO date/],
      // Years the slot engine must never be asked to walk through.
      [
        "variant_id=x&from=-000001-12-25T00:00:00Z&to=0000-01-05T00:00:00Z",
        /from must be an ISO date.*; to must be between .* \(from a day ago to 2 years ahead\)/,
      ],
      [`variant_id=x&from=${dateIn(1)}&to=9999-01-01`, /to must be between/],
    ])("answers %s with 400 and what to fix", async (query, message) => {
      const response = await slots(query)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    })

    it("refuses a crystal and another practitioner's session", async () => {
      const query = getContainer().resolve(ContainerRegistrationKeys.QUERY)
      const { data } = await query.graph({ entity: "product", fields: ["variants.id"], filters: { handle: PRODUCTS[0].handle } })
      const crystal = await slots(`variant_id=${data[0].variants[0].id}`)
      expect(crystal.status).toBe(400)
      expect(crystal.data.message).toMatch(/not a session that can be booked/)
      const elsewhere = await slots(`variant_id=${session.variantId}`, "thabo-mokoena")
      expect(elsewhere.status).toBe(404)
      expect((await slots("variant_id=variant_missing")).status).toBe(404)
    })
  },
})
