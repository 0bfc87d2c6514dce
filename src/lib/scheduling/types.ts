/**
 * What the slot engine is given. Wall-clock times ("09:00") are in the
 * practitioner's IANA zone; instants are Dates (UTC underneath).
 */

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7

/** "HH:MM", 00:00–24:00. */
export type WallTime = string

export type WallInterval = { start: WallTime; end: WallTime }

/** Weekly hours: several intervals on a day make breaks. */
export type WeeklyRule = WallInterval & { weekday: Weekday }

/** Other hours on one date ("YYYY-MM-DD"); no intervals is a day off. */
export type DateOverride = { date: string; intervals: WallInterval[] }

export type InstantRange = { starts_at: Date; ends_at: Date }

export type SchedulingSettings = {
  buffer_before_minutes: number
  buffer_after_minutes: number
  minimum_notice_minutes: number
  maximum_advance_days: number
  slot_step_minutes: number
}

/** A live booking or hold, already widened by its own buffers (its stored blocked range). */
export type BlockedRange = { blocked_from: Date; blocked_until: Date }

export type Slot = {
  starts_at: string
  ends_at: string
  /** The start as wall-clock time in the zone the shopper asked for. */
  local_start: string
  local_end: string
}

export const DEFAULT_SETTINGS: SchedulingSettings = {
  buffer_before_minutes: 0,
  buffer_after_minutes: 15,
  minimum_notice_minutes: 12 * 60,
  maximum_advance_days: 60,
  slot_step_minutes: 30,
}
