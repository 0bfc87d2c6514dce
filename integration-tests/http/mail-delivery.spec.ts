import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { PRACTITIONER_MODULE } from "../../src/modules/practitioner"
import type PractitionerModuleService from "../../src/modules/practitioner/service"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
import { fullMoonCircle, putOnEvent } from "../helpers/events"
import { signInActors } from "../helpers/request-actors"
import { sessionVariant } from "../helpers/sessions"
import { startSmtpInbox } from "../helpers/smtp-inbox"
import { shopperFor } from "../helpers/store-checkout"
import { waitFor } from "../helpers/wait-for"

jest.setTimeout(180_000)

/**
 * Notifications leave as real email: with SMTP_URL set the server sends
 * through an SMTP server (one started here), HTML and plain text, with the
 * session's calendar file attached.
 */
describe("email over SMTP", () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>
  const previous = process.env.SMTP_URL
  beforeAll(async () => {
    inbox = await startSmtpInbox()
    process.env.SMTP_URL = inbox.url
  })
  afterAll(async () => {
    if (previous === undefined) delete process.env.SMTP_URL
    else process.env.SMTP_URL = previous
    await inbox.close()
  })

  medusaIntegrationTestRunner({
    testSuite: ({ api, getContainer }) => {
      let store: DemoStore
      beforeAll(async () => {
        store = await seedDemoStore(getContainer())
      })

      it("sends the order confirmation and both booking emails of a crystal-and-session order", async () => {
        const shopper = shopperFor(api, store)
        const nomvula = await sessionVariant(getContainer(), "nomvula-dlamini", 60)
        const cart = (await shopper.post("/store/carts", { region_id: store.regions["South Africa"].id })).data.cart.id as string
        const crystal = await shopper.variantBySku("CRY-ROS-1")
        expect((await shopper.post(`/store/carts/${cart}/line-items`, { variant_id: crystal.id, quantity: 1 })).status).toBe(200)
        const { data } = await shopper.get(`/store/practitioners/nomvula-dlamini/slots?variant_id=${nomvula.variantId}`)
        expect(
          (await shopper.post(`/store/carts/${cart}/bookings`, { variant_id: nomvula.variantId, starts_at: data.slots[0].starts_at }))
            .status
        ).toBe(201)
        const email = "mail.reader@example.com"
        await shopper.prepareCheckout(cart, "pp_system_default", email)
        const completed = await shopper.post(`/store/carts/${cart}/complete`)
        expect(completed.data.type).toBe("order")

        const mails = await waitFor(
          async () => inbox.to(email),
          (found) => found.length >= 2,
          60_000
        )
        const order = mails.find((m) => m.subject?.startsWith("Your Avenrae order"))!
        expect(order.html).toContain("Rose Quartz")
        expect(order.text).toMatch(/1 x Rose Quartz/)
        expect(order.from?.value).toEqual([{ address: "no-reply@avenrae.test", name: "Avenrae" }])
        const booked = mails.find((m) => m.subject?.startsWith("Booked: "))!
        expect(booked.subject).toMatch(/with Nomvula Dlamini$/)
        expect(booked.text).toMatch(/When: /)
        expect(booked.attachments.map((a) => [a.filename, a.contentType])).toEqual([["session.ics", "text/calendar"]])
        expect(booked.attachments[0].content.toString()).toContain("BEGIN:VEVENT")

        // The practitioner's notice (the seed's approval email arrived before it).
        const practitionerMail = await waitFor(
          async () => inbox.to("nomvula@avenrae.test").filter((m) => m.subject?.startsWith("New booking: ")),
          (found) => found.length >= 1,
          30_000
        )
        expect(practitionerMail).toHaveLength(1)
        expect(inbox.to("nomvula@avenrae.test").map((m) => m.subject)).toContain("You are approved to practise on Avenrae")
      })

      it("sends tickets with their QR codes inline, a waitlist offer with its link, and the cancellations of a ticket and a session", async () => {
        const container = getContainer()
        const shopper = shopperFor(api, store)
        const email = "ticket.reader@example.com"
        const { customer } = await signInActors(api, store, email)
        const as = { headers: customer, validateStatus: () => true }
        const [host] = await container
          .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
          .listPractitioners({ email: "nomvula@avenrae.test" })
        const now = new Date()
        const circleInput = fullMoonCircle(now, host.id, { handle: "mail-circle" })
        circleInput.dates[0].capacity = 2
        const circle = await putOnEvent(container, circleInput, now)
        const nomvula = await sessionVariant(container, "nomvula-dlamini", 60)
        const cart = (await api.post("/store/carts", { region_id: store.regions["South Africa"].id }, as)).data.cart.id as string
        const { data } = await shopper.get(`/store/practitioners/nomvula-dlamini/slots?variant_id=${nomvula.variantId}`)
        expect(
          (await api.post(`/store/carts/${cart}/bookings`, { variant_id: nomvula.variantId, starts_at: data.slots[1].starts_at }, as))
            .status
        ).toBe(201)
        const tickets = await api.post(
          `/store/carts/${cart}/tickets`,
          { variant_id: circle.variant(0, 0), attendees: [{ name: "Naledi Khumalo" }, { name: "Sizwe Khumalo" }] },
          as
        )
        expect(tickets.status).toBe(201)
        await shopper.prepareCheckout(cart, "pp_system_default", email)
        expect((await shopper.post(`/store/carts/${cart}/complete`)).data.type).toBe("order")

        const [ticketMail] = await waitFor(
          async () => inbox.to(email).filter((m) => m.subject?.startsWith("Your 2 tickets")),
          (found) => found.length === 1,
          60_000
        )
        const inline = ticketMail.attachments.filter((a) => a.contentType === "image/png")
        expect(inline).toHaveLength(2)
        // Each QR is an inline part the HTML refers to by its content id (the parser resolves those references into the images).
        for (const image of inline) expect([image.related, image.cid]).toEqual([true, expect.stringMatching(/^qr-tkt_/)])
        expect(String(ticketMail.html).match(/<img src="data:image\/png;base64,/g)).toHaveLength(2)
        expect(ticketMail.attachments.find((a) => a.contentType === "text/calendar")?.content.toString()).toContain(
          "X-WR-TIMEZONE:Africa/Johannesburg"
        )
        expect(ticketMail.text).toMatch(/Naledi Khumalo — Full-moon sound circle/)

        // Sold out: someone waits; cancelling one ticket emails the buyer and offers the seat by email.
        expect(
          (await shopper.post(`/store/event-dates/${circle.dates[0].id}/waitlist`, { email: "waiting.reader@example.com" })).status
        ).toBe(201)
        const mine = await waitFor(
          async () => (await api.get("/store/customers/me/tickets", as)).data.tickets as Array<{ id: string; attendee_name: string }>,
          (found) => found.length === 2
        )
        const naledi = mine.find((t) => t.attendee_name === "Naledi Khumalo")!
        expect((await api.post(`/store/tickets/${naledi.id}/cancel`, { confirm: true }, as)).data.cancelled).toBe(true)
        const [cancelled] = await waitFor(
          async () => inbox.to(email).filter((m) => m.subject?.startsWith("Ticket cancelled: ")),
          (found) => found.length === 1,
          30_000
        )
        expect(cancelled.text).toMatch(/Naledi Khumalo's ticket for Full-moon sound circle, .+ is cancelled\./)
        expect(cancelled.text).toMatch(/ZAR 402\.50 is refunded/)
        const [offer] = await waitFor(
          async () => inbox.to("waiting.reader@example.com"),
          (found) => found.length === 1,
          30_000
        )
        expect(offer.subject).toMatch(/^Seats are free: Full-moon sound circle/)
        expect(offer.html).toMatch(/<a href="http:\/\/localhost:8000\/waitlist\/[A-Za-z0-9_-]{32}"/)
        expect(offer.text).toMatch(/Claim your seats: http:\/\/localhost:8000\/waitlist\/[A-Za-z0-9_-]{32}/)

        // The session, cancelled by its shopper: both sides hear of it.
        const [booking] = (await api.get("/store/customers/me/bookings", as)).data.bookings
        expect((await api.post(`/store/bookings/${booking.id}/cancel`, { confirm: true, reason: "Travelling" }, as)).data.cancelled).toBe(
          true
        )
        const [toShopper] = await waitFor(
          async () => inbox.to(email).filter((m) => m.subject?.startsWith("Cancelled: ")),
          (found) => found.length === 1,
          30_000
        )
        expect(toShopper.text).toMatch(/was cancelled by you\./)
        expect(toShopper.text).toMatch(/The reason given: Travelling/)
        const toPractitioner = await waitFor(
          async () => inbox.to("nomvula@avenrae.test").filter((m) => m.subject?.startsWith("Cancelled: ")),
          (found) => found.length === 1,
          30_000
        )
        expect(toPractitioner[0].text).toMatch(/was cancelled by the client\. The time is free again\./)
      })
    },
  })
})
