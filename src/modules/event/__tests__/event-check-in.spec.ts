import { moduleIntegrationTestRunner } from "@medusajs/test-utils"
import { EVENT_MODULE } from ".."
import EventModuleService from "../service"
import { EVENT_MODELS } from "../models"
import { CHECK_IN_CODE_LENGTH, newCheckInCode, normaliseCheckInCode } from "../check-in-code"
import { checkInRefusal, describeCheckInRefusal } from "../../../lib/events/check-in"

jest.setTimeout(60_000)

const MINUTE = 60_000

moduleIntegrationTestRunner<EventModuleService>({
  moduleName: EVENT_MODULE,
  moduleModels: EVENT_MODELS,
  resolve: "./src/modules/event",
  pathToMigrations: "./src/modules/event/migrations",
  testSuite: ({ service }) => {
    /** A full-moon circle in Auckland, 19:00–21:00 there (06:00–08:00 UTC the same day), with one ticket per attendee given. */
    async function circle(attendees: string[], opensMinutes = 120) {
      const event = await service.createEvents({
        title: "Full-moon sound circle",
        handle: `full-moon-${Math.random().toString(36).slice(2, 8)}`,
        kind: "circle",
        format: "in_person",
        timezone: "Pacific/Auckland",
        check_in_opens_minutes: opensMinutes,
      })
      const date = await service.createEventDates({
        event_id: event.id,
        starts_at: new Date("2027-01-15T06:00:00Z"),
        ends_at: new Date("2027-01-15T08:00:00Z"),
        capacity: 20,
      })
      const type = await service.createEventTicketTypes({ event_id: event.id, name: "General" })
      const tickets = await service.createEventTickets(
        attendees.map((name) => ({ event_date_id: date.id, ticket_type_id: type.id, attendee_name: name, code: newCheckInCode() }))
      )
      return { event, date, type, tickets }
    }

    async function explain(code: string, now: Date) {
      const row = await service.ticketAtTheDoor(code)
      const refusal = checkInRefusal(
        row && {
          status: row.status,
          code_revoked_at: row.code_revoked_at,
          checked_in_at: row.checked_in_at,
          checked_in_by: row.checked_in_by,
          date: { starts_at: row.starts_at, ends_at: row.ends_at, cancelled: row.date_status === "cancelled" },
          check_in_opens_minutes: row.check_in_opens_minutes,
        },
        now
      )
      return refusal && describeCheckInRefusal(refusal, row?.timezone ?? "UTC")
    }

    it("admits one of two scanners at the same instant and tells the other when and by whom", async () => {
      const { tickets } = await circle(["Thandi Mokoena"])
      const showTime = new Date("2027-01-15T06:30:00Z")
      const scans = await Promise.all(
        ["staff:door-1", "prac:host"].map((by) => service.admitTicket({ code: tickets[0].code, checked_in_by: by, now: showTime }))
      )
      expect(scans.filter(Boolean)).toHaveLength(1)
      const stored = await service.retrieveEventTicket(tickets[0].id)
      expect(stored).toMatchObject({ status: "checked_in", checked_in_at: showTime })
      // 19:30 on the show day in Auckland, whatever day it is in UTC.
      expect(await explain(tickets[0].code, showTime)).toBe(`Already checked in at Fri 15 Jan, 19:30 by ${stored.checked_in_by}.`)
    })

    it("opens check-in before the start in the event's zone and closes it at the end", async () => {
      const { tickets } = await circle(["Early", "Late", "Opening"], 60)
      const [early, late, opening] = tickets
      expect(
        await service.admitTicket({ code: early.code, checked_in_by: "staff:door", now: new Date("2027-01-15T04:59:00Z") })
      ).toBeUndefined()
      expect(await explain(early.code, new Date("2027-01-15T04:59:00Z"))).toBe("Check-in opens at Fri 15 Jan, 18:00.")
      expect(
        await service.admitTicket({ code: late.code, checked_in_by: "staff:door", now: new Date("2027-01-15T08:00:00Z") })
      ).toBeUndefined()
      expect(await explain(late.code, new Date("2027-01-15T08:00:00Z"))).toBe("This date ended at Fri 15 Jan, 21:00.")
      const atOpening = new Date(Date.parse("2027-01-15T06:00:00Z") - 60 * MINUTE)
      expect(await service.admitTicket({ code: opening.code, checked_in_by: "staff:door", now: atOpening })).toEqual({ id: opening.id })
    })

    it("refuses cancelled, refunded and revoked tickets, tickets of a cancelled date and unknown codes, with the reason", async () => {
      const { date, tickets } = await circle(["Cancelled", "Refunded", "Revoked", "Date off"])
      const [cancelled, refunded, revoked, dateOff] = tickets
      const now = new Date("2027-01-15T06:10:00Z")
      await service.updateEventTickets([
        { id: cancelled.id, status: "cancelled" },
        { id: refunded.id, status: "refunded" },
        { id: revoked.id, code_revoked_at: new Date("2027-01-10T00:00:00Z") },
      ])
      for (const [ticket, reason] of [
        [cancelled, "This ticket was cancelled."],
        [refunded, "This ticket was refunded."],
        [revoked, "This code was replaced by a newer one; ask the attendee for the ticket they were sent last."],
      ] as const) {
        expect(await service.admitTicket({ code: ticket.code, checked_in_by: "staff:door", now })).toBeUndefined()
        expect(await explain(ticket.code, now)).toBe(reason)
      }
      await service.updateEventDates({ id: date.id, status: "cancelled" })
      expect(await service.admitTicket({ code: dateOff.code, checked_in_by: "staff:door", now })).toBeUndefined()
      expect(await explain(dateOff.code, now)).toBe("This date of the event was cancelled.")
      expect(await explain("NOSUCHCODE00", now)).toBe("No ticket has this code. Check it was typed or scanned whole.")
    })

    it("gives every ticket its own random code that no id resembles, and reads a typed code as the scanner does", async () => {
      const { tickets } = await circle(Array.from({ length: 50 }, (_, i) => `Guest ${i}`))
      const codes = tickets.map((t) => t.code)
      expect(new Set(codes).size).toBe(50)
      for (const ticket of tickets) {
        expect(ticket.code).toMatch(new RegExp(`^[0-9A-HJKMNP-TV-Z]{${CHECK_IN_CODE_LENGTH}}$`))
        expect(ticket.id).not.toContain(ticket.code)
      }
      expect(normaliseCheckInCode("7kq2-m9xd 4trb")).toBe("7KQ2M9XD4TRB")
      expect(normaliseCheckInCode("oil0")).toBe("0110")
      await expect(
        service.createEventTickets({
          event_date_id: tickets[0].event_date_id,
          ticket_type_id: tickets[0].ticket_type_id,
          attendee_name: "Copy",
          code: codes[0],
        })
      ).rejects.toThrow()
    })

    it("keeps the database's own rules: dates end after they start, capacity and quantities in range, one waitlist position per date", async () => {
      const { event, date } = await circle([])
      await expect(
        service.createEventDates({
          event_id: event.id,
          starts_at: new Date("2027-02-01T10:00:00Z"),
          ends_at: new Date("2027-02-01T09:00:00Z"),
          capacity: 5,
        })
      ).rejects.toThrow(/event_date_times_order/)
      await expect(
        service.createEventDates({
          event_id: event.id,
          starts_at: new Date("2027-02-01T10:00:00Z"),
          ends_at: new Date("2027-02-01T11:00:00Z"),
          capacity: -1,
        })
      ).rejects.toThrow(/event_date_capacity/)
      await service.createEventWaitlistEntries({ event_date_id: date.id, email: "first@example.com", quantity: 2, position: 1 })
      await expect(
        service.createEventWaitlistEntries({ event_date_id: date.id, email: "second@example.com", quantity: 1, position: 1 })
      ).rejects.toThrow()
      await expect(
        service.createEventWaitlistEntries({ event_date_id: date.id, email: "zero@example.com", quantity: 0, position: 2 })
      ).rejects.toThrow(/event_waitlist_quantity/)
      await expect(
        service.createEventWaitlistEntries({
          event_date_id: date.id,
          email: "offer@example.com",
          quantity: 1,
          position: 3,
          status: "offered",
        })
      ).rejects.toThrow(/event_waitlist_offer_expiry/)
      await expect(
        service.createEvents({ title: "Copy", handle: event.handle, kind: "talk", format: "online", timezone: "UTC" })
      ).rejects.toThrow()
    })
  },
})
