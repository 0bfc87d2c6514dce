import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { adminHeaders, DemoStore, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"
import { createConfirmedBooking, nextWeekday, sessionVariant } from "../helpers/sessions"
import { shopperFor } from "../helpers/store-checkout"
import { DateTime } from "luxon"
import { Modules } from "@medusajs/framework/utils"
import { AVAILABILITY_MODULE } from "../../src/modules/availability"
import type AvailabilityModuleService from "../../src/modules/availability/service"
import { BOOKING_MODULE } from "../../src/modules/booking"
import { MAX_UPCOMING_TIME_OFF } from "../../src/workflows/availability/steps/validate-time-off-allowance"
import BookingModuleService from "../../src/modules/booking/service"

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
    let nomvula: ReturnType<typeof withToken>
    let thabo: ReturnType<typeof withToken>
    const monday = () => nextWeekday(ZONE, 1, now)
    const mondaySlots = async () => {
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const day = monday()
      const { data } = await shopperFor(api, store).get(
        `/store/practitioners/nomvula-dlamini/slots?variant_id=${session.variantId}&from=${encodeURIComponent(day.toISO()!)}&to=${encodeURIComponent(day.plus({ days: 1 }).toISO()!)}`
      )
      return data.slots.map((s: { starts_at: string }) => DateTime.fromISO(s.starts_at, { zone: ZONE }).toFormat("HH:mm"))
    }

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
    })
    beforeEach(async () => {
      nomvula = withToken(api, await demoPractitionerToken(api, "nomvula@avenrae.test"))
      thabo = withToken(api, await demoPractitionerToken(api, "thabo@avenrae.test"))
    })

    it("edits weekly hours, a date's hours, time off and settings, and the store's slots follow", async () => {
      expect((await nomvula.get("/vendor/schedule")).data.weekly).toHaveLength(11)
      const weekly = await nomvula.put("/vendor/schedule/weekly", { rules: [{ weekday: 1, start: "08:00", end: "10:00" }] })
      expect(weekly.status).toBe(200)
      expect(await mondaySlots()).toEqual(["08:00", "08:30", "09:00"])

      const date = monday().toISODate()
      expect((await nomvula.post("/vendor/schedule/overrides", { date, intervals: [] })).status).toBe(200)
      expect(await mondaySlots()).toEqual([])
      expect((await nomvula.delete(`/vendor/schedule/overrides/${date}`)).status).toBe(200)
      expect(await mondaySlots()).toEqual(["08:00", "08:30", "09:00"])

      const away = await nomvula.post("/vendor/schedule/time-off", {
        starts_at: monday().toUTC().toISO(),
        ends_at: monday().plus({ days: 1 }).toUTC().toISO(),
        reason: "Retreat",
      })
      expect(away.status).toBe(201)
      expect(await mondaySlots()).toEqual([])
      expect((await thabo.delete(`/vendor/schedule/time-off/${away.data.time_off.id}`)).status).toBe(404)
      const withQuery = await nomvula.delete(`/vendor/schedule/time-off/${away.data.time_off.id}?cascade=true`)
      expect([withQuery.status, withQuery.data.message]).toEqual([400, expect.stringMatching(/cascade/)])
      expect(await mondaySlots()).toEqual([])
      expect((await nomvula.delete(`/vendor/schedule/time-off/${away.data.time_off.id}`)).status).toBe(200)

      expect((await nomvula.post("/vendor/schedule/settings", { slot_step_minutes: 60 })).status).toBe(200)
      expect(await mondaySlots()).toEqual(["08:00", "09:00"])
      const schedule = (await nomvula.get("/vendor/schedule")).data
      expect(schedule.settings.slot_step_minutes).toBe(60)
      expect(schedule.policy.max_reschedules).toBe(2)
    })

    it.each([
      [
        "/vendor/schedule/weekly",
        {
          rules: [
            { weekday: 1, start: "09:00", end: "12:00" },
            { weekday: 1, start: "11:00", end: "13:00" },
          ],
        },
        /overlap/,
      ],
      ["/vendor/schedule/weekly", { rules: [{ weekday: 9, start: "09:00", end: "12:00" }] }, /weekday/],
      ["/vendor/schedule/weekly", { rules: [{ weekday: 1, start: "9am", end: "12:00" }] }, /HH:MM/],
      ["/vendor/schedule/overrides", { date: "24/12/2026", intervals: [] }, /YYYY-MM-DD/],
      [
        "/vendor/schedule/time-off",
        { starts_at: "2026-12-24T00:00:00Z", ends_at: "2026-12-23T00:00:00Z" },
        /ends_at must be after starts_at/,
      ],
      ["/vendor/schedule/settings", { slot_step_minutes: 2 }, /slot_step_minutes/],
      ["/vendor/schedule/settings", { cancellation_policy: { refund_tiers: [{ hours_before: 24, percent: 150 }] } }, /percent|100/],
    ])("answers POST %s %j with 400 and what to fix", async (url, body, message) => {
      const response = await nomvula.post(url, body)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    })

    it("takes up to 200 periods of time off ahead per practitioner, not counting past ones", async () => {
      const availability = getContainer().resolve<AvailabilityModuleService>(AVAILABILITY_MODULE)
      const nomvulaId = (await nomvula.get("/vendor/me")).data.practitioner.id
      const day = (n: number) => new Date(now.getTime() + n * 86_400_000)
      await availability.createTimeOffs([
        { practitioner_id: nomvulaId, starts_at: day(-3), ends_at: day(-2) },
        ...Array.from({ length: MAX_UPCOMING_TIME_OFF - 1 }, (_, i) => ({
          practitioner_id: nomvulaId,
          starts_at: new Date(day(30).getTime() + i * 3_600_000),
          ends_at: new Date(day(30).getTime() + i * 3_600_000 + 1_800_000),
        })),
      ])
      const away = (days: number) => ({ starts_at: day(days).toISOString(), ends_at: day(days + 1).toISOString() })
      expect((await nomvula.post("/vendor/schedule/time-off", away(3))).status).toBe(201)
      const refused = await nomvula.post("/vendor/schedule/time-off", away(5))
      expect([refused.status, refused.data.message]).toEqual([
        400,
        expect.stringMatching(/200 periods of time off ahead, the most allowed/),
      ])
      expect((await thabo.post("/vendor/schedule/time-off", away(5))).status).toBe(201)
    })

    it("keeps each practitioner's bookings their own, and marks outcomes only after the start", async () => {
      const session = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
      const start = monday().set({ hour: 9 }).toJSDate()
      const booking = await createConfirmedBooking(getContainer(), session, start)
      const client = await getContainer()
        .resolve(Modules.CUSTOMER)
        .createCustomers({ email: "ayanda@example.com", first_name: "Ayanda", last_name: "Ngcobo" })
      await getContainer().resolve<BookingModuleService>(BOOKING_MODULE).updateBookings({ id: booking.id, customer_id: client.id })
      const listed = (await nomvula.get("/vendor/bookings?status=confirmed")).data.bookings
      expect(listed.map((b: any) => b.id)).toContain(booking.id)
      // The practitioner sees who is coming and for what, but not the client's email or the order.
      const own = listed.find((b: any) => b.id === booking.id)
      expect(own.customer).toEqual({ id: client.id, first_name: "Ayanda", last_name: "Ngcobo" })
      expect(own.variant).toMatchObject({ id: session.variantId, product: { id: session.productId } })
      expect(JSON.stringify(own)).not.toContain("ayanda@example.com")
      expect(own.order).toBeUndefined()
      expect((await thabo.get("/vendor/bookings")).data.bookings.map((b: any) => b.id)).not.toContain(booking.id)
      for (const action of ["complete", "no-show", "cancel"]) {
        expect((await thabo.post(`/vendor/bookings/${booking.id}/${action}`, {})).status).toBe(404)
      }
      const early = await nomvula.post(`/vendor/bookings/${booking.id}/complete`, {})
      expect(early.status).toBe(400)
      expect(early.data.message).toMatch(/once it has started/)
      const cancelled = await nomvula.post(`/vendor/bookings/${booking.id}/cancel`, { reason: "Unwell" })
      expect(cancelled.status).toBe(200)
      expect(cancelled.data).toMatchObject({ booking: { status: "cancelled", cancelled_by: "practitioner" }, refund: { percent: 100 } })
    })

    it("lets staff list, filter, read and cancel bookings, and nobody else", async () => {
      const session = await sessionVariant(getContainer(), "thabo-mokoena", 60)
      const start = monday().set({ hour: 14 }).toJSDate()
      const booking = await createConfirmedBooking(getContainer(), session, start)
      const { headers } = await adminHeaders(api)
      const staff = withToken(api, headers.authorization.replace("Bearer ", ""))
      const listed = await staff.get(`/admin/bookings?practitioner_id=${session.practitionerId}&status=confirmed`)
      expect(listed.status).toBe(200)
      expect(listed.data.bookings.map((b: any) => b.id)).toEqual([booking.id])
      expect(listed.data.bookings[0].practitioner).toMatchObject({ display_name: "Thabo Mokoena", timezone: ZONE })
      expect((await staff.get(`/admin/bookings/${booking.id}`)).data.booking).toMatchObject({ id: booking.id, order: null })
      expect((await staff.get("/admin/bookings?status=lost")).status).toBe(400)
      expect((await staff.post(`/admin/bookings/${booking.id}/cancel`, {})).status).toBe(400)
      const cancelled = await staff.post(`/admin/bookings/${booking.id}/cancel`, { reason: "Practitioner unwell" })
      expect(cancelled.data).toMatchObject({ booking: { status: "cancelled", cancelled_by: "staff" }, refund: { percent: 100 } })
      expect((await thabo.get("/admin/bookings")).status).toBe(401)
    })

    it("keeps pending applicants and shoppers out of schedules", async () => {
      const hannah = withToken(api, await demoPractitionerToken(api, "hannah@avenrae.test"))
      expect((await hannah.get("/vendor/schedule")).status).toBe(403)
      expect((await withToken(api).get("/vendor/schedule")).status).toBe(401)
    })
  },
})
