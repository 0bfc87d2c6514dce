import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { EVENT_MODULE } from "../../src/modules/event"
import { newCheckInCode } from "../../src/modules/event/check-in-code"
import EventModuleService from "../../src/modules/event/service"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import PractitionerModuleService from "../../src/modules/practitioner/service"
import { adminHeaders, seedDemoStore } from "../helpers/demo-store"
import { demoPractitionerToken, withToken } from "../helpers/practitioner-login"

jest.setTimeout(120_000)

const MINUTE = 60_000

/**
 * Check-in at the door: staff for any event, the host practitioner for their
 * own, never anyone else; one conditional update, so a ticket is admitted once.
 */
medusaIntegrationTestRunner({
  testSuite: ({ api, getContainer }) => {
    let host: ReturnType<typeof withToken>
    let otherHost: ReturnType<typeof withToken>
    let staff: ReturnType<typeof withToken>
    let hostName: string

    beforeAll(async () => {
      await seedDemoStore(getContainer())
    })
    beforeEach(async () => {
      host = withToken(api, await demoPractitionerToken(api, "nomvula@avenrae.test"))
      otherHost = withToken(api, await demoPractitionerToken(api, "thabo@avenrae.test"))
      staff = withToken(api, (await adminHeaders(api)).headers.authorization.slice("Bearer ".length))
    })

    /** A circle Nomvula hosts in Auckland, starting `startsInMinutes` from now, with tickets for the attendees named. */
    async function circle(attendees: string[], startsInMinutes = -10) {
      const container = getContainer()
      const [nomvula] = await container
        .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
        .listPractitioners({ email: "nomvula@avenrae.test" })
      hostName = nomvula.display_name
      const events = container.resolve<EventModuleService>(EVENT_MODULE)
      const event = await events.createEvents({
        title: "Full-moon sound circle",
        handle: `full-moon-${Date.now()}-${attendees.length}`,
        kind: "circle",
        format: "in_person",
        timezone: "Pacific/Auckland",
        host_practitioner_id: nomvula.id,
        check_in_opens_minutes: 60,
        status: "published",
      })
      const startsAt = new Date(Date.now() + startsInMinutes * MINUTE)
      const date = await events.createEventDates({
        event_id: event.id,
        starts_at: startsAt,
        ends_at: new Date(startsAt.getTime() + 120 * MINUTE),
        capacity: 20,
      })
      const type = await events.createEventTicketTypes({ event_id: event.id, name: "General" })
      return events.createEventTickets(
        attendees.map((attendee_name) => ({ event_date_id: date.id, ticket_type_id: type.id, attendee_name, code: newCheckInCode() }))
      )
    }

    it("admits a ticket once, typed however the attendee reads it out, and names who admitted it to the next scanner", async () => {
      const [ticket] = await circle(["Thandi Mokoena"])
      const typed = `${ticket.code.slice(0, 4)}-${ticket.code.slice(4, 8)} ${ticket.code.slice(8)}`.toLowerCase()
      const admitted = await staff.post("/admin/events/check-in", { code: typed })
      expect(admitted.status).toBe(200)
      expect(admitted.data.ticket).toMatchObject({
        id: ticket.id,
        attendee_name: "Thandi Mokoena",
        status: "checked_in",
        checked_in_by: "admin@avenrae.test (staff)",
      })
      const again = await host.post("/vendor/check-in", { code: ticket.code })
      expect(again.status).toBe(409)
      expect(again.data.message).toMatch(/^Already checked in at \w{3} \d+ \w{3}, \d\d:\d\d by admin@avenrae\.test \(staff\)\.$/)
    })

    it("lets one of two simultaneous scans through and tells the other", async () => {
      const [ticket] = await circle(["Sipho Ndlovu"])
      const scans = await Promise.all([
        host.post("/vendor/check-in", { code: ticket.code }),
        staff.post("/admin/events/check-in", { code: ticket.code }),
      ])
      expect(scans.map((s) => s.status).sort()).toEqual([200, 409])
      const stored = await getContainer().resolve<EventModuleService>(EVENT_MODULE).retrieveEventTicket(ticket.id)
      expect(stored.status).toBe("checked_in")
      expect([`${hostName} (host)`, "admin@avenrae.test (staff)"]).toContain(stored.checked_in_by)
    })

    it("keeps another host's tickets and unknown codes alike: not found", async () => {
      const [ticket] = await circle(["Lerato Dube"])
      const other = await otherHost.post("/vendor/check-in", { code: ticket.code })
      const unknown = await host.post("/vendor/check-in", { code: "0000-0000-0000" })
      for (const refused of [other, unknown]) {
        expect(refused.status).toBe(404)
        expect(refused.data.message).toBe("No ticket has this code. Check it was typed or scanned whole.")
      }
      const stored = await getContainer().resolve<EventModuleService>(EVENT_MODULE).retrieveEventTicket(ticket.id)
      expect(stored.status).toBe("valid")
      expect((await host.post("/vendor/check-in", { code: ticket.code })).status).toBe(200)
    })

    it("opens the door an hour before the start, in the event's zone, and refuses a cancelled ticket with the reason", async () => {
      const [early] = await circle(["Early Bird"], 90)
      const tooEarly = await host.post("/vendor/check-in", { code: early.code })
      expect(tooEarly.status).toBe(409)
      expect(tooEarly.data.message).toMatch(/^Check-in opens at \w{3} \d+ \w{3}, \d\d:\d\d\.$/)
      const [cancelled] = await circle(["Changed Plans"])
      await getContainer().resolve<EventModuleService>(EVENT_MODULE).updateEventTickets({ id: cancelled.id, status: "cancelled" })
      const refused = await staff.post("/admin/events/check-in", { code: cancelled.code })
      expect([refused.status, refused.data.message]).toEqual([409, "This ticket was cancelled."])
    })

    it.each([
      [{}, /code/],
      [{ code: "ab" }, /'code' too small, expected at least: '4'/],
      [{ code: "A".repeat(40) }, /'code' too big, expected at most: '32'/],
      [{ code: "7KQ2M9XD4TRB", admit: true }, /admit/],
    ])("answers %j with 400 and what to fix", async (body, message) => {
      const response = await staff.post("/admin/events/check-in", body)
      expect(response.status).toBe(400)
      expect(response.data.message).toMatch(message)
    })
  },
})
