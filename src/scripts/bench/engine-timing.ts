import { freeSlots } from "../../lib/scheduling"
import { percentile } from "./load"

const HOUR = 3_600_000

/** The slot engine alone: 90 days of 06:00–22:00 hours with 500 bookings, `runs` times. */
export function timeSlotEngine(runs = 200) {
  const from = new Date(Date.UTC(2027, 0, 4))
  const blocked = Array.from({ length: 500 }, (_, i) => {
    const start = from.getTime() + Math.floor(i / 6) * 24 * HOUR + (6 + (i % 6) * 2) * HOUR
    return { blocked_from: new Date(start), blocked_until: new Date(start + 75 * 60_000) }
  })
  const rules = ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({ weekday, start: "06:00", end: "22:00" }))
  const times: number[] = []
  let slots = 0
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    slots = freeSlots({
      now: new Date(from.getTime() - 24 * HOUR),
      timeZone: "Europe/London",
      rules,
      overrides: [],
      timeOff: [],
      blocked,
      settings: {
        buffer_before_minutes: 0,
        buffer_after_minutes: 15,
        minimum_notice_minutes: 0,
        maximum_advance_days: 365,
        slot_step_minutes: 30,
      },
      durationMinutes: 60,
      from,
      to: new Date(from.getTime() + 90 * 24 * HOUR),
      displayZone: "America/New_York",
    }).length
    times.push(performance.now() - started)
  }
  return { p50: percentile(times.slice(10), 50), p95: percentile(times.slice(10), 95), slots }
}
