import { DateTime } from "luxon"
import { nextDate } from "./zone-time"

/**
 * "Free when I am" in the directory: a preset or the shopper's own times, on
 * their clock, turned into the directory's query (available_from,
 * available_to, available_days; the zone goes as tz beside them). Server code
 * (Luxon); the clock comes in.
 */
export const WEEKDAYS = ["mon", "tue", "wed", "thu", "fri", "sat", "sun"] as const
export type Weekday = (typeof WEEKDAYS)[number]

export const WEEKDAY_LABELS: Record<Weekday, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
}

export const FREE_WHEN_PRESETS = {
  evenings: "Weekday evenings",
  mornings: "Weekday mornings",
  saturday: "This Saturday",
  sunday: "This Sunday",
} as const
export type FreeWhenPreset = keyof typeof FREE_WHEN_PRESETS

/** Times of day on Monday to Friday. */
const WEEKDAY_TIMES: Record<"evenings" | "mornings", [from: string, to: string]> = {
  evenings: ["18:00", "21:00"],
  mornings: ["09:00", "12:00"],
}

/** ISO weekday (Luxon's: 6 Saturday, 7 Sunday) of the weekend presets. */
const WEEKEND_DAY: Record<"saturday" | "sunday", number> = { saturday: 6, sunday: 7 }

/** What the shopper chose: nothing (any time), a preset, or their own times and days. */
export type FreeWhen =
  { kind: "any" } | { kind: "preset"; preset: FreeWhenPreset } | { kind: "custom"; from?: string; to?: string; days: Weekday[] }

export type FreeWhenQuery = { available_from?: string; available_to?: string; available_days?: string }

/** The page's own parameters: free (a preset, "custom" or empty), free_from, free_to (HH:MM) and free_days (mon,tue…). */
export type FreeWhenParams = { free?: string; free_from?: string; free_to?: string; free_days?: string[] }

/** Reads the choice from the page's query; unknown days are dropped, custom times without any time or day are any time. */
export function freeWhenFrom(params: FreeWhenParams): FreeWhen {
  const free = params.free?.trim()
  if (free && Object.hasOwn(FREE_WHEN_PRESETS, free)) return { kind: "preset", preset: free as FreeWhenPreset }
  if (free !== "custom") return { kind: "any" }
  const named = new Set((params.free_days ?? []).flatMap((value) => value.toLowerCase().split(",")).map((day) => day.trim()))
  const days = WEEKDAYS.filter((day) => named.has(day))
  const from = params.free_from?.trim() || undefined
  const to = params.free_to?.trim() || undefined
  return from || to || days.length ? { kind: "custom", from, to, days } : { kind: "any" }
}

/** What is wrong with the shopper's own times before asking the directory (the directory judges the rest), if anything. */
export function freeWhenProblem(when: FreeWhen): string | undefined {
  if (when.kind === "custom" && !when.from !== !when.to) return "Choose both a from and a to time, or neither."
  return undefined
}

/** The coming date with that ISO weekday on the zone's clock, today included: "2026-12-05". */
export function comingDay(weekday: number, zone: string, now: Date): string {
  const today = DateTime.fromJSDate(now, { zone })
  return today.plus({ days: (weekday - today.weekday + 7) % 7 }).toISODate()!
}

/** The directory's query for the choice: a weekend day runs from its midnight to the next, on the shopper's clock. */
export function freeWhenQuery(when: FreeWhen, zone: string, now: Date): FreeWhenQuery {
  if (when.kind === "any") return {}
  if (when.kind === "custom") {
    // None ticked, or all seven, is no limit on days.
    const days = when.days.length > 0 && when.days.length < WEEKDAYS.length ? when.days.join(",") : undefined
    return { available_from: when.from, available_to: when.to, available_days: days }
  }
  if (when.preset === "saturday" || when.preset === "sunday") {
    const day = comingDay(WEEKEND_DAY[when.preset], zone, now)
    return { available_from: `${day}T00:00`, available_to: `${nextDate(day)}T00:00` }
  }
  const [from, to] = WEEKDAY_TIMES[when.preset]
  return { available_from: from, available_to: to, available_days: "weekdays" }
}

/** A preset in words with its times or its date: "18:00–21:00, Mon–Fri", "Sat 5 Dec". */
export function presetHint(preset: FreeWhenPreset, zone: string, now: Date): string {
  if (preset === "saturday" || preset === "sunday") {
    return DateTime.fromISO(comingDay(WEEKEND_DAY[preset], zone, now), { zone: "UTC" })
      .setLocale("en-GB")
      .toFormat("ccc d LLL")
  }
  const [from, to] = WEEKDAY_TIMES[preset]
  return `${from}–${to}, Mon–Fri`
}
