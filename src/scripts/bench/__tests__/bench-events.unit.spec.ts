import { newEventProblems } from "../../../lib/events/event-catalog"
import { BENCH_EVENT_COUNT, benchEvent, BENCH_TICKET_EVENT } from "../bench-events"

describe("the benchmark's events", () => {
  const now = new Date("2026-12-03T08:00:00Z")
  const events = Array.from({ length: BENCH_EVENT_COUNT }, (_, n) => benchEvent(n, now))

  it("are all events the workflow accepts, with distinct handles", () => {
    expect(events.flatMap((event) => newEventProblems(event, now).map((problem) => `${event.handle}: ${problem}`))).toEqual([])
    expect(new Set(events.map((event) => event.handle)).size).toBe(BENCH_EVENT_COUNT)
  })

  it("cover every kind and format, and give the checkout's event room for every round", () => {
    expect(new Set(events.map((event) => event.kind)).size).toBe(5)
    expect(new Set(events.map((event) => event.format)).size).toBe(3)
    const checkoutEvent = events.find((event) => event.handle === BENCH_TICKET_EVENT)!
    expect(checkoutEvent.dates[0].capacity).toBeGreaterThanOrEqual(1000)
  })
})
