import { DateTime } from "luxon"
import { merge, Range, subtract } from "./ranges"
import { BlockedRange, DateOverride, InstantRange, SchedulingSettings, Slot, WeeklyRule } from "./types"
import { workingHours } from "./working-hours"

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

  const working = workingHours(input)
  const open = subtract(working, input.timeOff.map(toRange))
  // A start s is allowed when [s - before, s + duration + after) misses every
  // blocked range, i.e. s is outside (b.start - duration - after, b.end + before).
  const forbiddenStarts = merge(
    input.blocked.map((b) => ({
      start: b.blocked_from.getTime() - duration - after + 1,
      end: b.blocked_until.getTime() + before,
    }))
  )

  const slots: Slot[] = []
  let next = 0
  for (const stretch of open) {
    for (let start = stretch.start; start + duration <= stretch.end; start += step) {
      if (start < earliest || start > latest) continue
      while (next < forbiddenStarts.length && forbiddenStarts[next].end <= start) next++
      const forbidden = forbiddenStarts[next]
      if (forbidden && forbidden.start <= start) continue
      slots.push(slot(start, start + duration, input.displayZone))
    }
  }
  return slots
}

function toRange(r: InstantRange): Range {
  return { start: r.starts_at.getTime(), end: r.ends_at.getTime() }
}

function slot(start: number, end: number, zone: string): Slot {
  const local = (ms: number) => DateTime.fromMillis(ms, { zone }).toISO({ suppressMilliseconds: true })!
  return {
    starts_at: new Date(start).toISOString(),
    ends_at: new Date(end).toISOString(),
    local_start: local(start),
    local_end: local(end),
  }
}
