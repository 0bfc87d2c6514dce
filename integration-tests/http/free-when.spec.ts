import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { DateTime } from "luxon"
import { practitionersDueForFreeSlots } from "../../src/queries/free-slots-due"
import { refreshFreeSlots, shortestSessions } from "../../src/workflows/availability/utils/refresh-free-slots"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"
import { shopperFor } from "../helpers/store-checkout"

jest.setTimeout(240_000)

const ZONE = "Africa/Johannesburg"
type Slot = { starts_at: string; ends_at: string }
type Listed = { handle: string; next_available: Slot | null }

/**
 * "Who is free when I am": the directory's answer from the stored free
 * slots must be the slot engine's answer for the same practitioners, and
 * must follow new holds at once and schedule changes on the next refresh.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let store: DemoStore
    let practitionerIds: string[]
    const shopper = () => shopperFor(api as any, store)

    beforeAll(async () => {
      store = await seedDemoStore(getContainer())
      const practitioners = await getContainer()
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ status: "approved" })
      practitionerIds = practitioners.map((p) => p.id)
    })

    /** The slot engine's free slots of each practitioner's shortest session for the next 14 days, through the public slots route. */
    async function engineSlots() {
      const sessions = await shortestSessions(getContainer(), practitionerIds)
      const from = new Date()
      const to = new Date(from.getTime() + 14 * 86_400_000)
      const slots = new Map<string, Slot[]>()
      for (const session of sessions.values()) {
        const { data } = await shopper().get(
          `/store/practitioners/${session.practitioner.handle}/slots?variant_id=${session.variant_id}&from=${from.toISOString()}&to=${to.toISOString()}`
        )
        slots.set(session.practitioner.handle, data.slots)
      }
      return slots
    }

    async function directory(query: string): Promise<Listed[]> {
      const { data, status } = await shopper().get(`/store/practitioners?limit=50&sort=next_available&tz=${ZONE}&${query}`)
      expect(status).toBe(200)
      return data.practitioners
    }

    /** The engine's first slot that fits the shopper's times, per practitioner who has one. */
    function expectedFirst(slots: Map<string, Slot[]>, fits: (start: DateTime, end: DateTime) => boolean) {
      const first = new Map<string, string>()
      for (const [handle, list] of slots) {
        const hit = list.find((slot) => fits(DateTime.fromISO(slot.starts_at).setZone(ZONE), DateTime.fromISO(slot.ends_at).setZone(ZONE)))
        if (hit) first.set(handle, new Date(hit.starts_at).toISOString())
      }
      return first
    }
    const answered = (listed: Listed[]) =>
      new Map(listed.map((p) => [p.handle, p.next_available ? new Date(p.next_available.starts_at).toISOString() : "none"]))

    it("agrees with the slot engine for weekday mornings, a Saturday and no filter, and sorts by the next free slot", async () => {
      await refreshFreeSlots(getContainer(), practitionerIds, new Date())
      const slots = await engineSlots()

      const mornings = expectedFirst(
        slots,
        (start, end) =>
          start.weekday <= 5 && start.toFormat("HH:mm") >= "09:00" && end.toFormat("HH:mm") <= "12:00" && start.hasSame(end, "day")
      )
      expect(mornings.size).toBeGreaterThan(2)
      const listedMornings = await directory("available_from=09:00&available_to=12:00&available_days=weekdays")
      expect(answered(listedMornings)).toEqual(mornings)
      const starts = listedMornings.map((p) => p.next_available!.starts_at)
      expect(starts).toEqual([...starts].sort((a, b) => Date.parse(a) - Date.parse(b)))

      const saturday = DateTime.now().setZone(ZONE).plus({ days: 7 }).set({ weekday: 6 }).startOf("day")
      const onSaturday = expectedFirst(slots, (start, end) => start >= saturday && end <= saturday.plus({ days: 1 }))
      const listedSaturday = await directory(
        `available_from=${saturday.toFormat("yyyy-MM-dd'T'HH:mm")}&available_to=${saturday.plus({ days: 1 }).toFormat("yyyy-MM-dd'T'HH:mm")}`
      )
      expect(answered(listedSaturday)).toEqual(onSaturday)

      const anytime = expectedFirst(slots, () => true)
      const everyone = await directory("")
      for (const listed of everyone) {
        expect([listed.handle, listed.next_available ? new Date(listed.next_available.starts_at).toISOString() : undefined]).toEqual([
          listed.handle,
          anytime.get(listed.handle),
        ])
      }
    })

    it("drops a slot as soon as someone holds it, and follows a schedule change on the next refresh", async () => {
      await refreshFreeSlots(getContainer(), practitionerIds, new Date())
      const [first] = await directory("available_from=09:00&available_to=17:00&available_days=weekdays")
      const sessions = await shortestSessions(getContainer(), practitionerIds)
      const session = [...sessions.values()].find((s) => s.practitioner.handle === first.handle)!
      const { data } = await shopper().post("/store/carts", { region_id: store.regions["South Africa"].id })
      const held = await shopper().post(`/store/carts/${data.cart.id}/bookings`, {
        variant_id: session.variant_id,
        starts_at: first.next_available!.starts_at,
      })
      expect(held.status).toBe(201)
      // No refresh: the directory already leaves the held time out, and agrees with the engine on what is next.
      const after = (await directory("available_from=09:00&available_to=17:00&available_days=weekdays")).find(
        (p) => p.handle === first.handle
      )
      const engine = expectedFirst(
        await engineSlots(),
        (start, end) =>
          start.weekday <= 5 && start.toFormat("HH:mm") >= "09:00" && end.toFormat("HH:mm") <= "17:00" && start.hasSame(end, "day")
      )
      expect(after?.next_available?.starts_at).not.toEqual(first.next_available!.starts_at)
      expect(new Date(after!.next_available!.starts_at).toISOString()).toBe(engine.get(first.handle))
      // A refresh that read its bookings just after the hold was written, but before it committed, did not see it:
      // bookings written up to five minutes before a refresh are still checked against its slots.
      const knex = getContainer().resolve(ContainerRegistrationKeys.PG_CONNECTION)
      await knex.raw(
        `update availability_free_slot_refresh set refreshed_at = (select updated_at + interval '2 minutes' from booking where id = ?)
         where practitioner_id = ?`,
        [held.data.booking.id, session.practitioner.id]
      )
      const readLate = (await directory("available_from=09:00&available_to=17:00&available_days=weekdays")).find(
        (p) => p.handle === first.handle
      )
      expect(readLate?.next_available?.starts_at).toEqual(after?.next_available?.starts_at)

      // The practitioner clears their weekly hours: marked stale, and the next refresh takes them out.
      const email = session.practitioner.email
      const vendor = withToken(api as any, await demoPractitionerToken(api as any, email))
      expect((await vendor.put("/vendor/schedule/weekly", { rules: [] })).status).toBe(200)
      const due = await practitionersDueForFreeSlots(knex, new Date(), 3_600_000, 1000)
      expect(due).toContain(session.practitioner.id)
      await refreshFreeSlots(getContainer(), due, new Date())
      const cleared = (await directory("")).find((p) => p.handle === first.handle)
      expect(cleared?.next_available).toBeNull()
      expect((await directory("available_days=weekdays")).map((p) => p.handle)).not.toContain(first.handle)
    })

    it("answers bad shopper times with a 400 that says what to fix", async () => {
      for (const [query, words] of [
        ["available_from=18:00", "go together"],
        ["available_from=25:00&available_to=26:00", "time of day"],
        ["available_from=18:00&available_to=2026-12-05T09:00", "both times of day"],
        ["available_from=2026-12-06T09:00&available_to=2026-12-05T09:00", "after"],
        ["available_from=0000-01-01T00:00&available_to=9999-12-31T00:00", "local date and time"],
        ["available_days=someday", "available_days"],
        ["available_days=mon&tz=Mars/Olympus", "IANA"],
      ]) {
        const { status, data } = await shopper().get(`/store/practitioners?${query}`)
        expect([query, status]).toEqual([query, 400])
        expect(data.message).toContain(words)
      }
    })
  },
})
