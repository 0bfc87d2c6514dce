import { renderTemplate } from "../../mail/templates"
import { eventPlace, IssuedTicket, ticketsIssuedNotification } from "../ticket-notifications"

const circle: IssuedTicket["event"] = {
  title: "Full-moon sound circle",
  timezone: "Africa/Johannesburg",
  format: "in_person",
  venue_name: "The Glasshouse",
  venue_address: "12 Florida Road",
  city: "Durban",
  online_url: null,
}
const ticket = (id: string, code: string, attendee: string): IssuedTicket => ({
  id,
  code,
  attendee_name: attendee,
  ticket_type: "General",
  date: { id: "evdt_1", starts_at: new Date("2027-01-15T17:00:00Z"), ends_at: new Date("2027-01-15T19:00:00Z") },
  event: circle,
})

describe("the tickets email", () => {
  const tickets = [ticket("tkt_1", "7KQ2M9XD4TRB", "Thandi <b>Mokoena</b>"), ticket("tkt_2", "H3NX8P2QW6CV", "Sipho Mokoena")]
  const notification = ticketsIssuedNotification({
    order: { id: "order_1", email: "thandi@example.com" },
    tickets,
    qr_png: new Map([
      ["7KQ2M9XD4TRB", "iVBORw0KGgo="],
      ["H3NX8P2QW6CV", "iVBORw0KGgp="],
    ]),
    now: new Date("2027-01-01T00:00:00Z"),
  })

  it("carries one inline QR image per ticket and one calendar file per date, on the event's clock", () => {
    expect(notification.attachments.map((a) => [a.filename, a.disposition, "id" in a ? a.id : null])).toEqual([
      ["ticket-7KQ2M9XD4TRB.png", "inline", "qr-tkt_1"],
      ["ticket-H3NX8P2QW6CV.png", "inline", "qr-tkt_2"],
      ["event.ics", "attachment", null],
    ])
    const ics = Buffer.from(notification.attachments[2].content, "base64").toString()
    expect(ics).toContain("X-WR-TIMEZONE:Africa/Johannesburg")
    expect(ics).toContain("DTSTART:20270115T170000Z")
    expect(ics).toContain("LOCATION:The Glasshouse\\, 12 Florida Road\\, Durban")
    expect(notification.idempotency_key).toBe("tickets-issued:order_1:tkt_1,tkt_2")
  })

  it("shows each ticket as a card with its code and QR, names as text never markup, in HTML and plain text", () => {
    const mail = renderTemplate(notification.template, notification.data)
    expect(mail.subject).toBe("Your 2 tickets: Full-moon sound circle")
    expect(mail.html).toContain('src="cid:qr-tkt_1"')
    expect(mail.html).toContain("Thandi &lt;b&gt;Mokoena&lt;/b&gt; — Full-moon sound circle")
    expect(mail.html).toContain("Fri, 15 Jan 2027, 19:00–21:00 (Africa/Johannesburg)")
    expect(mail.text).toContain("Code: H3NX8P2QW6CV")
    expect(mail.text).toContain("Where: The Glasshouse, 12 Florida Road, Durban")
  })

  it("gives an online event's link as its place, and a hybrid event both", () => {
    expect(eventPlace({ ...circle, format: "online", online_url: "https://meet.example/circle" })).toBe("https://meet.example/circle")
    expect(eventPlace({ ...circle, format: "hybrid", online_url: "https://meet.example/circle" })).toBe(
      "The Glasshouse, 12 Florida Road, Durban — or online: https://meet.example/circle"
    )
  })
})
