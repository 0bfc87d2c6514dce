import { MailContent, renderMail, RenderedMail } from "./layout"

type Data = Record<string, unknown>

const str = (value: unknown, fallback = "") => (value === null || value === undefined ? fallback : String(value))

/** An amount in major units with its currency: "R 1 250,00" style is left to the reader's locale; this is "ZAR 1,250.00". */
export function money(amount: unknown, currency: unknown) {
  const n = Number(amount)
  const code = str(currency).toUpperCase()
  return `${code} ${Number.isFinite(n) ? n.toLocaleString("en", { minimumFractionDigits: 2, maximumFractionDigits: 2 }) : str(amount)}`
}

/** A commission in basis points (1500) as a percentage, or the broader rule when none is set. */
function commission(rateBps: unknown) {
  return rateBps === null ? "the category or platform rate" : `${Number(rateBps) / 100} %`
}

const PRACTITIONER_DECISIONS: Record<string, { subject: string; heading: string; paragraph: string }> = {
  approved: {
    subject: "You are approved to practise on Avenrae",
    heading: "Welcome to Avenrae",
    paragraph: "Staff approved your application: your profile is listed and you can offer sessions from your practice portal.",
  },
  rejected: {
    subject: "Your Avenrae application",
    heading: "Your application was not approved",
    paragraph: "Staff did not approve your application this time.",
  },
  suspended: {
    subject: "Your Avenrae practice is suspended",
    heading: "Your practice is suspended",
    paragraph: "Your profile is hidden and no new sessions can be booked with you until staff reinstate you.",
  },
  reinstated: {
    subject: "Your Avenrae practice is open again",
    heading: "You are reinstated",
    paragraph: "Your profile is listed again and shoppers can book your sessions.",
  },
  verified: {
    subject: "Your Avenrae profile is verified",
    heading: "You are verified",
    paragraph: "Staff checked your credentials: your profile now shows the verified mark.",
  },
  commission_set: {
    subject: "Your Avenrae commission changed",
    heading: "Your commission changed",
    paragraph: "Staff set the commission the platform keeps on what you sell.",
  },
}

/** Every template our code sends, by name, as content. */
const TEMPLATES: Record<string, (data: Data) => MailContent> = {
  "order-placed": (d) => ({
    subject: `Your Avenrae order${d.display_id ? ` #${str(d.display_id)}` : ""}`,
    heading: "Thank you for your order",
    paragraphs: [
      "We have your order and payment. Sessions you booked and tickets you bought come in separate emails, with calendar files.",
    ],
    lines: ((d.items as Array<Data>) ?? []).map((item) => ({
      title: str(item.title),
      quantity: Number(item.quantity ?? 1),
      total: money(item.total, d.currency_code),
    })),
    details: [["Total", money(d.total, d.currency_code)]],
    footer: `Order reference: ${str(d.order_id)}`,
  }),
  "tickets-issued": (d) => {
    const tickets = (d.tickets as Array<Data>) ?? []
    const events = [...new Set(tickets.map((t) => str(t.event)))]
    return {
      subject: `Your ${tickets.length === 1 ? "ticket" : `${tickets.length} tickets`}: ${events.join(", ")}`,
      heading: tickets.length === 1 ? "Your ticket" : "Your tickets",
      paragraphs: [
        "Show the QR code at the door, or read out the code beneath it. Each attendee has their own ticket. The calendar file is attached.",
      ],
      cards: tickets.map((ticket) => ({
        heading: `${str(ticket.attendee)} — ${str(ticket.event)}`,
        details: [
          ["Ticket", str(ticket.ticket_type)],
          ["When", str(ticket.when)],
          ["Where", str(ticket.where, "to be confirmed")],
          ["Code", str(ticket.code)],
        ],
        image: ticket.qr_cid ? { cid: str(ticket.qr_cid), alt: `QR code ${str(ticket.code)}` } : undefined,
      })),
      footer: `Order reference: ${str(d.order_id)}`,
    }
  },
  "review-request": (d) => ({
    subject: `How was ${str(d.what)}?`,
    heading: "Tell others how it was",
    paragraphs: [
      `You can now review ${str(d.what)}. A few honest words help other clients choose, and help the practitioner grow.`,
      "Your review is marked as verified, because it comes from your own purchase.",
    ],
    button: { label: "Write a review", href: str(d.link) },
  }),
  "support-reply": (d) => ({
    subject: `New reply: ${str(d.subject)}`,
    heading: "There is a new reply to your request",
    paragraphs: [`${str(d.from)} wrote:`, `“${str(d.excerpt)}”`, "Open your request to read the whole answer and reply."],
    button: { label: "Open your request", href: str(d.link) },
  }),
  "support-reminder": (d) => ({
    subject: `Waiting on staff: ${str(d.subject)}`,
    heading: "A support request is waiting for an answer",
    paragraphs: [`This request has waited on staff for more than ${str(d.waiting_hours)} hours.`],
    button: { label: "Open it in the admin", href: str(d.link) },
  }),
  "favourite-news": (d) => ({
    subject: `${str(d.practitioner)} has news on Avenrae`,
    heading: `News from ${str(d.practitioner)}`,
    paragraphs: [
      ...(d.new_times ? [`${str(d.practitioner)} has opened new times for sessions.`] : []),
      ...(Array.isArray(d.events) && d.events.length
        ? [`New ${d.events.length === 1 ? "event" : "events"}: ${d.events.map(String).join(", ")}.`]
        : []),
      "You get this because you saved them and asked to hear when they do. You can turn it off under Saved in your account.",
    ],
    button: { label: `See ${str(d.practitioner)}`, href: str(d.link) },
  }),
  "waitlist-offer": (d) => ({
    subject: `Seats are free: ${str(d.what)}`,
    heading: "Your seats from the waitlist",
    paragraphs: [
      `${str(d.quantity)} ${Number(d.quantity) === 1 ? "seat is" : "seats are"} kept for you for ${str(d.what)} until ${str(d.expires)}.`,
      "Open the link, name who is coming and check out. The link works once; after that time the seats go to the next person waiting.",
    ],
    button: { label: "Claim your seats", href: str(d.link) },
  }),
  "ticket-cancelled": (d) => ({
    subject: `Ticket cancelled: ${str(d.what)}`,
    heading: "A ticket was cancelled",
    paragraphs: [
      `${str(d.attendee)}'s ticket for ${str(d.what)} is cancelled.`,
      Number(d.refund_amount) > 0
        ? `${money(d.refund_amount, d.currency_code)} is refunded to the card you paid with.`
        : "Under the event's cancellation policy nothing is refunded.",
      ...(d.reason ? [`The reason given: ${str(d.reason)}`] : []),
    ],
    footer: `Order reference: ${str(d.order_id)}`,
  }),
  "event-date-cancelled": (d) => ({
    subject: `Cancelled: ${str(d.what)}`,
    heading: "This date is cancelled",
    paragraphs: [
      `${str(d.what)} will not take place, so your place on its waitlist has ended.`,
      ...(d.reason ? [`The reason given: ${str(d.reason)}`] : []),
    ],
  }),
  "booking-cancelled-customer": (d) => ({
    subject: `Cancelled: ${str(d.session)} with ${str(d.practitioner)}`,
    heading: "Your session is cancelled",
    paragraphs: [
      `${str(d.session)} with ${str(d.practitioner)} was cancelled by ${str(d.cancelled_by)}.`,
      Number(d.refund_amount) > 0
        ? `${money(d.refund_amount, d.currency_code)} is refunded to the card you paid with.`
        : "Under the cancellation policy nothing is refunded.",
      ...(d.reason ? [`The reason given: ${str(d.reason)}`] : []),
    ],
    details: [["When it was", str(d.when)]],
  }),
  "booking-cancelled-practitioner": (d) => ({
    subject: `Cancelled: ${str(d.session)} with ${str(d.client)}`,
    heading: "A session is cancelled",
    paragraphs: [
      `${str(d.session)} with ${str(d.client)} was cancelled by ${str(d.cancelled_by)}. The time is free again.`,
      ...(d.reason ? [`The reason given: ${str(d.reason)}`] : []),
    ],
    details: [["When it was", str(d.when)]],
  }),
  "booking-confirmed-customer": (d) => ({
    subject: `Booked: ${str(d.session)} with ${str(d.practitioner)}`,
    heading: "Your session is booked",
    paragraphs: [`${str(d.session)} with ${str(d.practitioner)}. The calendar file is attached.`],
    details: [
      ["When", str(d.when)],
      [d.meeting_mode === "online" ? "Join at" : "Where", str(d.where, "to be confirmed")],
    ],
  }),
  "booking-confirmed-practitioner": (d) => ({
    subject: `New booking: ${str(d.session)} with ${str(d.client)}`,
    heading: "A client booked a session",
    paragraphs: [`${str(d.client)} booked ${str(d.session)}.`],
    details: [
      ["When", str(d.when)],
      ["Where", str(d.where, "to be confirmed")],
      ...(d.notes ? ([["Their notes", str(d.notes)]] as Array<[string, string]>) : []),
    ],
  }),
  "booking-reminder-customer": (d) => ({
    subject: `Tomorrow: your session with ${str(d.practitioner)}`,
    heading: "Your session is tomorrow",
    paragraphs: [`A reminder of your session with ${str(d.practitioner)}.`],
    details: [
      ["When", str(d.when)],
      ["Where", str(d.where, "to be confirmed")],
    ],
  }),
  "booking-reminder-practitioner": (d) => ({
    subject: `Tomorrow: a session at ${str(d.when)}`,
    heading: "You have a session tomorrow",
    paragraphs: ["A reminder of a session booked with you."],
    details: [
      ["When", str(d.when)],
      ["Where", str(d.where, "to be confirmed")],
    ],
  }),
  ...Object.fromEntries(
    Object.entries(PRACTITIONER_DECISIONS).map(([happened, words]) => [
      `practitioner-${happened}`,
      (d: Data): MailContent => ({
        subject: words.subject,
        heading: words.heading,
        paragraphs: [
          `Dear ${str(d.display_name, "practitioner")},`,
          words.paragraph,
          ...(d.reason ? [`The reason given: ${str(d.reason)}`] : []),
        ],
        details: d.rate_bps !== undefined ? [["Commission", commission(d.rate_bps)]] : undefined,
      }),
    ])
  ),
}

export const MAIL_TEMPLATES = Object.keys(TEMPLATES)

/**
 * The message for a notification's template and data. A template this code
 * does not know still gives a readable message (its data as details), so a
 * new notification is never lost for want of a template.
 */
export function renderTemplate(template: string, data: Data = {}): RenderedMail {
  const known = TEMPLATES[template]
  if (known) return renderMail(known(data))
  return renderMail({
    subject: `Avenrae: ${template.replace(/[-_]/g, " ")}`,
    heading: template.replace(/[-_]/g, " "),
    paragraphs: [],
    details: Object.entries(data)
      .filter(([, value]) => value !== null && value !== undefined && typeof value !== "object")
      .map(([key, value]) => [key.replace(/_/g, " "), String(value)]),
  })
}
