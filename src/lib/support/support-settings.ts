/**
 * Support settings from the environment, each with its default:
 * SUPPORT_FIRST_RESPONSE_HOURS (24) — the first-response target: a request
 * unanswered longer is overdue in the inbox. SUPPORT_REMINDER_HOURS (24) —
 * how long a request may wait on staff before a reminder goes out.
 * SUPPORT_STAFF_EMAIL (unset) — where reminders about unassigned requests go
 * (an assigned one reminds its assignee).
 */
export type SupportSettings = { firstResponseHours: number; reminderHours: number; staffEmail: string | null }

const hours = (value: string | undefined, fallback: number) => {
  const n = Number(value ?? fallback)
  return Number.isFinite(n) && n > 0 && n <= 24 * 90 ? n : fallback
}

export function supportSettings(env: Record<string, string | undefined>): SupportSettings {
  const email = env.SUPPORT_STAFF_EMAIL?.trim()
  return {
    firstResponseHours: hours(env.SUPPORT_FIRST_RESPONSE_HOURS, 24),
    reminderHours: hours(env.SUPPORT_REMINDER_HOURS, 24),
    staffEmail: email && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null,
  }
}
