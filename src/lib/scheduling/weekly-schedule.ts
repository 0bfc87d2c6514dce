import { WeeklyRule } from "./types"

const WALL_TIME = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/

/**
 * What is wrong with a weekly schedule, in words, or undefined when it is
 * fine: each interval must be HH:MM–HH:MM with the end after the start, and
 * a day's intervals may not overlap.
 */
export function weeklyScheduleProblem(rules: WeeklyRule[]): string | undefined {
  for (const rule of rules) {
    if (!Number.isInteger(rule.weekday) || rule.weekday < 1 || rule.weekday > 7) {
      return `weekday must be 1 (Monday) to 7 (Sunday), not ${rule.weekday}`
    }
    if (!WALL_TIME.test(rule.start) || !WALL_TIME.test(rule.end)) {
      return `times must be HH:MM between 00:00 and 24:00 (got ${rule.start}–${rule.end})`
    }
    if (rule.start >= rule.end) return `${rule.start}–${rule.end} ends before it starts`
  }
  for (let weekday = 1; weekday <= 7; weekday++) {
    const day = rules.filter((r) => r.weekday === weekday).sort((a, b) => a.start.localeCompare(b.start))
    for (let i = 1; i < day.length; i++) {
      if (day[i].start < day[i - 1].end) {
        return `on weekday ${weekday}, ${day[i - 1].start}–${day[i - 1].end} and ${day[i].start}–${day[i].end} overlap`
      }
    }
  }
  return undefined
}
