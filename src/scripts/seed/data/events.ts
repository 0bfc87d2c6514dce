import type { NewEvent } from "../../../lib/events/event-catalog"

const DAY = 86_400_000
const HOUR = 3_600_000

/** A demo event: who hosts it (a demo practitioner's email, or the house), and what the demo has already sold. */
export type DemoEvent = {
  host_email: string | null
  event: Omit<NewEvent, "host_practitioner_id">
  /** Orders placed through checkout before the demo opens: per date, attendees per order. */
  sold?: Array<{ date: number; orders: number[] }>
  /** People waiting for a date, with how many seats each wants. */
  waitlist?: Array<{ date: number; entries: Array<{ email: string; quantity: number }> }>
}

/** 19:00 on the day `days` from `now`, in Johannesburg (UTC+2, no summer time). */
function evening(now: Date, days: number, hour = 19) {
  const day = new Date(now.getTime() + days * DAY)
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hour - 2))
}
const span = (start: Date, hours: number) => ({ starts_at: start, ends_at: new Date(start.getTime() + hours * HOUR) })

export function demoEvents(now: Date): DemoEvent[] {
  return [
    {
      host_email: "nomvula@avenrae.test",
      event: {
        title: "Full-moon sound circle",
        handle: "full-moon-sound-circle-durban",
        description:
          "Two hours of singing bowls, drums and silence under the full moon. Bring a mat and a blanket; tea and a short grounding walk afterwards.",
        kind: "circle",
        format: "in_person",
        venue_name: "The Glasshouse",
        venue_address: "12 Florida Road, Morningside",
        city: "Durban",
        latitude: -29.8297,
        longitude: 31.0175,
        timezone: "Africa/Johannesburg",
        status: "published",
        dates: [
          { ...span(evening(now, 9), 2), capacity: 14 },
          { ...span(evening(now, 38), 2), capacity: 20 },
        ],
        ticket_types: [
          { name: "General", kind: "general", per_order_limit: 6, prices: { zar: 350, eur: 19, usd: 21 } },
          { name: "Concession", kind: "concession", per_order_limit: 2, prices: { zar: 200, eur: 11, usd: 12 } },
        ],
      },
      // The first date nearly sold out: 12 of 14 seats.
      sold: [{ date: 0, orders: [2, 4, 3, 1, 2] }],
    },
    {
      host_email: "pieter@avenrae.test",
      event: {
        title: "Breath and sound: a Saturday workshop",
        handle: "breath-and-sound-workshop-cape-town",
        description:
          "A day of breathwork and sound healing in Observatory: morning practice, a shared lunch, an afternoon bowl bath. Suitable for beginners.",
        kind: "workshop",
        format: "in_person",
        venue_name: "Observatory Community Hall",
        venue_address: "Lower Main Road, Observatory",
        city: "Cape Town",
        latitude: -33.9378,
        longitude: 18.4726,
        timezone: "Africa/Johannesburg",
        status: "published",
        dates: [
          { ...span(evening(now, 17, 9), 7), capacity: 24 },
          { ...span(evening(now, 45, 9), 7), capacity: 24 },
        ],
        ticket_types: [
          {
            name: "Early bird",
            kind: "early_bird",
            per_order_limit: 4,
            sale_ends_at: new Date(now.getTime() + 10 * DAY),
            prices: { zar: 850, eur: 45, usd: 49 },
          },
          { name: "General", kind: "general", per_order_limit: 6, prices: { zar: 1100, eur: 58, usd: 63 } },
        ],
      },
      sold: [{ date: 0, orders: [2, 1] }],
    },
    {
      host_email: null,
      event: {
        title: "Reading the moon: an evening talk",
        handle: "reading-the-moon-online-talk",
        description: "Avenrae's own monthly talk: what the moon's phases have meant to healers across traditions, with time for questions.",
        kind: "talk",
        format: "online",
        online_url: "https://meet.jit.si/avenrae-reading-the-moon",
        timezone: "Africa/Johannesburg",
        status: "published",
        dates: [{ ...span(evening(now, 12, 18), 1.5), capacity: 200 }],
        ticket_types: [{ name: "General", kind: "general", per_order_limit: 4, prices: { zar: 90, eur: 5, usd: 5 } }],
      },
    },
    {
      host_email: "nomvula@avenrae.test",
      event: {
        title: "New-moon fire ceremony",
        handle: "new-moon-fire-ceremony-durban",
        description: "A small circle around the fire on the beach at Umhlanga to set intentions for the month. Limited to eight people.",
        kind: "ceremony",
        format: "in_person",
        venue_name: "Umhlanga Lighthouse beach",
        city: "Durban",
        latitude: -29.7265,
        longitude: 31.0896,
        timezone: "Africa/Johannesburg",
        status: "published",
        dates: [{ ...span(evening(now, 24, 18), 2), capacity: 8 }],
        ticket_types: [{ name: "General", kind: "general", per_order_limit: 4, prices: { zar: 400, eur: 21, usd: 23 } }],
      },
      // Sold out, with people waiting.
      sold: [{ date: 0, orders: [3, 2, 2, 1] }],
      waitlist: [
        {
          date: 0,
          entries: [
            { email: "zanele@example.com", quantity: 2 },
            { email: "marcus@example.com", quantity: 1 },
            { email: "ruth@example.com", quantity: 3 },
          ],
        },
      ],
    },
  ]
}
