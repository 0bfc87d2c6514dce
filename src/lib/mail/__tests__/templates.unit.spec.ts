import { MAIL_TEMPLATES, renderTemplate } from "../templates"
import { ORDER_CONFIRMATION_TEMPLATE } from "../../notifications/order-confirmation"
import { bookingConfirmedNotifications } from "../../bookings/booking-notifications"
import { bookingReminderNotifications } from "../../bookings/reminder"
import { supportReminderNotification, supportReplyNotification } from "../../support/support-mail"

describe("mail templates", () => {
  it("has a template for every notification the code sends", () => {
    const booking = {
      id: "bkg_1",
      starts_at: new Date("2027-01-04T08:00:00Z"),
      ends_at: new Date("2027-01-04T09:00:00Z"),
      customer_timezone: "Europe/London",
      meeting_mode: "online" as const,
      meeting_url: "https://meet.example/room",
      meeting_address: null,
      notes: null,
    }
    const person = { email: "a@example.com", name: "A", timezone: "UTC" }
    const sent = [
      ORDER_CONFIRMATION_TEMPLATE,
      ...bookingConfirmedNotifications({ booking, session_title: "Reading", shopper: person, practitioner: person, now: new Date() }).map(
        (n) => n.template
      ),
      ...bookingReminderNotifications({ booking, shopper_email: "a@example.com", practitioner: person }).map((n) => n.template),
      "tickets-issued",
      supportReplyNotification({ request_id: "r", message_id: "m", to: "a@b.c", subject: "s", from: "f", excerpt: "e", link: "l" })
        .template,
      supportReminderNotification({ request_id: "r", to: "a@b.c", subject: "s", waiting_hours: 24, link: "l", waiting_since: "t" })
        .template,
      ...["approved", "rejected", "suspended", "reinstated", "verified", "commission_set"].map((happened) => `practitioner-${happened}`),
    ]
    expect(sent.filter((template) => !MAIL_TEMPLATES.includes(template))).toEqual([])
  })

  it("writes the same content as HTML and as plain text, with prices and links", () => {
    const mail = renderTemplate("order-placed", {
      order_id: "order_1",
      display_id: 12,
      currency_code: "zar",
      total: 1250,
      items: [{ title: "Rose Quartz (Tumbled)", quantity: 2, total: 500 }],
    })
    expect(mail.subject).toBe("Your Avenrae order #12")
    expect(mail.html).toContain("2 × Rose Quartz (Tumbled)")
    expect(mail.html).toContain("ZAR 1,250.00")
    expect(mail.text).toContain("2 x Rose Quartz (Tumbled)  ZAR 500.00")
    expect(mail.text).toContain("Total: ZAR 1,250.00")
    const online = renderTemplate("booking-confirmed-customer", {
      session: "Reading",
      practitioner: "Nomvula",
      when: "Mon 4 Jan",
      where: "https://meet.example/room",
      meeting_mode: "online",
    })
    expect(online.html).toContain('<a href="https://meet.example/room">https://meet.example/room</a>')
    expect(online.text).toContain("Join at: https://meet.example/room")
  })

  it("shows whatever a shopper or practitioner typed as text, never as markup", () => {
    const mail = renderTemplate("booking-confirmed-practitioner", {
      session: "Reading",
      client: '<img src=x onerror="alert(1)">',
      when: "Mon",
      notes: "</td><script>steal()</script>",
    })
    expect(mail.html).not.toMatch(/<img|<script/)
    expect(mail.html).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")
    expect(mail.text).toContain("<script>steal()</script>")
    const link = renderTemplate("booking-reminder-customer", { practitioner: "A", when: "Mon", where: 'https://x.test/"><script>' })
    expect(link.html).not.toContain("<script>")
  })

  it("still writes a readable message for a template it does not know", () => {
    const mail = renderTemplate("moon-phase-alert", { event: "Full-moon circle", seats: 2, nested: { skipped: true } })
    expect(mail.subject).toBe("Avenrae: moon phase alert")
    expect(mail.text).toContain("event: Full-moon circle")
    expect(mail.text).toContain("seats: 2")
    expect(mail.text).not.toContain("skipped")
  })

  it("sends a waitlist offer with its link as a button and written out in the text", () => {
    const mail = renderTemplate("waitlist-offer", {
      what: "Full-moon circle, Fri 15 Jan, 19:00",
      quantity: 2,
      expires: "Sat 16 Jan, 19:00 (Africa/Johannesburg)",
      link: "http://localhost:8000/waitlist/abc_123",
    })
    expect(mail.subject).toBe("Seats are free: Full-moon circle, Fri 15 Jan, 19:00")
    expect(mail.html).toContain('<a href="http://localhost:8000/waitlist/abc_123"')
    expect(mail.text).toContain("Claim your seats: http://localhost:8000/waitlist/abc_123")
    expect(mail.text).toContain("2 seats are kept for you")
  })

  it("tells the buyer what a cancelled ticket refunded, or that the policy refunded nothing", () => {
    const refunded = renderTemplate("ticket-cancelled", { what: "Circle", attendee: "Cara", refund_amount: 402.5, currency_code: "zar" })
    expect(refunded.text).toContain("ZAR 402.50 is refunded")
    const none = renderTemplate("ticket-cancelled", { what: "Circle", attendee: "Cara", refund_amount: 0, currency_code: "zar" })
    expect(none.text).toContain("nothing is refunded")
  })
})
