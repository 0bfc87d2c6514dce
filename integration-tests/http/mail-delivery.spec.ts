import { medusaIntegrationTestRunner } from "@medusajs/test-utils"
import { DemoStore, seedDemoStore } from "../helpers/demo-store"
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
    },
  })
})
