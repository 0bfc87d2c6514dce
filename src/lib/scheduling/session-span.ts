import type { SchedulingSettings } from "./types"

const MINUTE = 60_000

export type SessionSpan = { starts_at: Date; ends_at: Date; blocked_from: Date; blocked_until: Date }

/**
 * A session's times and the range it blocks in its practitioner's calendar:
 * from its start minus the buffer before to its end plus the buffer after.
 * The one place that range is computed (holding and moving a session alike).
 */
export function sessionSpan(input: {
  startsAt: Date
  durationMinutes: number
  settings: Pick<SchedulingSettings, "buffer_before_minutes" | "buffer_after_minutes">
}): SessionSpan {
  const start = input.startsAt.getTime()
  const end = start + input.durationMinutes * MINUTE
  return {
    starts_at: new Date(start),
    ends_at: new Date(end),
    blocked_from: new Date(start - input.settings.buffer_before_minutes * MINUTE),
    blocked_until: new Date(end + input.settings.buffer_after_minutes * MINUTE),
  }
}
