import type { ExecArgs } from "@medusajs/framework/types"
import type { NewEvent } from "../../lib/events/event-catalog"
import { EVENT_FORMATS, EVENT_KINDS } from "../../modules/event/values"
import { EVENT_MODULE } from "../../modules/event"
import type EventModuleService from "../../modules/event/service"
import { createEventWorkflow } from "../../workflows/event/workflows/create-event"
import { CITIES } from "../seed/data/practitioners"

/** Events the benchmark adds, recognisable by their handle prefix. */
export const BENCH_EVENT_PREFIX = "bench-event-"
export const BENCH_EVENT_COUNT = 200
/** The event whose tickets the checkout benchmark buys: room enough for every round. */
export const BENCH_TICKET_EVENT = `${BENCH_EVENT_PREFIX}000`

const DAY = 86_400_000
const HOUR = 3_600_000

/** The n-th benchmark event: every kind and format, around the demo cities, one to three dates over the coming months. */
export function benchEvent(n: number, now: Date): NewEvent {
  const [city, point] = Object.entries(CITIES)[n % Object.keys(CITIES).length]
  const format = EVENT_FORMATS[n % EVENT_FORMATS.length]
  const start = (d: number) => new Date(Math.ceil((now.getTime() + (3 + ((n * 7 + d * 30) % 150)) * DAY) / HOUR) * HOUR)
  return {
    host_practitioner_id: null,
    title: `Bench ${EVENT_KINDS[n % EVENT_KINDS.length]} ${n}`,
    handle: `${BENCH_EVENT_PREFIX}${String(n).padStart(3, "0")}`,
    kind: EVENT_KINDS[n % EVENT_KINDS.length],
    format,
    venue_name: format === "online" ? undefined : `${city} hall ${n}`,
    city: format === "online" ? undefined : city,
    latitude: format === "online" ? undefined : point.latitude + ((n % 10) - 5) / 100,
    longitude: format === "online" ? undefined : point.longitude + ((n % 7) - 3) / 100,
    online_url: format === "in_person" ? undefined : `https://meet.example/bench-${n}`,
    timezone: point.timezone,
    status: "published",
    dates: Array.from({ length: 1 + (n % 3) }, (_, d) => ({
      starts_at: start(d),
      ends_at: new Date(start(d).getTime() + 2 * HOUR),
      capacity: n === 0 ? 10_000 : 20 + (n % 50),
    })),
    ticket_types: [
      { name: "General", kind: "general", per_order_limit: 10, prices: { zar: 300 + n, eur: 18, usd: 20 } },
      { name: "Concession", kind: "concession", per_order_limit: 4, prices: { zar: 150 + n, eur: 9, usd: 10 } },
    ],
  }
}

/** Adds the benchmark's events through the same workflow a host uses; runs again without adding twice. */
export async function seedBenchEvents({ container }: ExecArgs) {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const existing = new Set(
    (await events.listEvents({ handle: { $like: `${BENCH_EVENT_PREFIX}%` } }, { select: ["handle"] })).map((e) => e.handle)
  )
  const now = new Date()
  for (let n = 0; n < BENCH_EVENT_COUNT; n++) {
    const event = benchEvent(n, now)
    if (existing.has(event.handle)) continue
    await createEventWorkflow(container).run({ input: { event, now } })
  }
}
