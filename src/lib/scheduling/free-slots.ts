import { merge, Range } from "./ranges"
import { BlockedRange, DateOverride, InstantRange, SchedulingSettings, Slot, WeeklyRule } from "./types"
import { workingHours } from "./working-hours"
import { IsoFormatter } from "./iso-format"
import { zoneClock } from "./zone-clock"

const MINUTE = 60_000

export type FreeSlotsInput = {
  /** The moment to count notice and the advance window from. */
  now: Date
  /** The practitioner's zone: their rules are wall-clock times there. */
  timeZone: string
  rules: WeeklyRule[]
  overrides: DateOverride[]
  timeOff: InstantRange[]
  /** Live bookings and holds, each as its stored blocked range. */
  blocked: BlockedRange[]
  settings: SchedulingSettings
  durationMinutes: number
  from: Date
  to: Date
  /** The zone to show local times in (the shopper's). */
  displayZone: string
}

/**
 * Free slots of `durationMinutes` between `from` and `to`:
 * working hours − overrides − time off, inside the notice and the advance
 * window, where the session plus its buffers overlaps no other booking's
 * blocked range. Starts step by `slot_step_minutes` from the start of each
 * free stretch. Pure: the clock and every rule come in.
 */
export function freeSlots(input: FreeSlotsInput): Slot[] {
  const { settings } = input
  const duration = input.durationMinutes * MINUTE
  const before = settings.buffer_before_minutes * MINUTE
  const after = settings.buffer_after_minutes * MINUTE
  const step = Math.max(5, settings.slot_step_minutes) * MINUTE
  const earliest = input.now.getTime() + settings.minimum_notice_minutes * MINUTE
  const latest = input.now.getTime() + settings.maximum_advance_days * 24 * 60 * MINUTE

  const windowStart = input.from.getTime()
  const windowEnd = input.to.getTime()
  const working = workingHours(input)
  const away = merge(input.timeOff.map(toRange))
  // A start s is allowed when [s - before, s + duration + after) misses every
  // blocked range, i.e. s is outside (b.start - duration - after, b.end + before).
  const forbiddenStarts = merge(
    input.blocked.map((b) => ({
      start: b.blocked_from.getTime() - duration - after + 1,
      end: b.blocked_until.getTime() + before,
    }))
  )

  // Starts step from the start of each working interval (09:00, 09:30 …),
  // whatever the window or time off cuts away, so every caller sees the same grid.
  const clock = zoneClock(input.displayZone)
  const utc = new IsoFormatter()
  const first = Math.max(windowStart, earliest)
  const last = Math.min(windowEnd - 1, latest)
  const slots: Slot[] = []
  let nextForbidden = 0
  let nextAway = 0
  for (const stretch of working) {
    // The first start on this stretch's grid that is not too early.
    let start = stretch.start
    if (start < first) start += Math.ceil((first - start) / step) * step
    for (; start + duration <= stretch.end && start <= last; start += step) {
      while (nextAway < away.length && away[nextAway].end <= start) nextAway++
      if (away[nextAway] && away[nextAway].start < start + duration) continue
      while (nextForbidden < forbiddenStarts.length && forbiddenStarts[nextForbidden].end <= start) nextForbidden++
      const forbidden = forbiddenStarts[nextForbidden]
      if (forbidden && forbidden.start <= start) continue
      const end = start + duration
      slots.push({ starts_at: utc.utc(start), ends_at: utc.utc(end), local_start: clock.isoLocal(start), local_end: clock.isoLocal(end) })
    }
  }
  return slots
}

function toRange(r: InstantRange): Range {
  return { start: r.starts_at.getTime(), end: r.ends_at.getTime() }
}
