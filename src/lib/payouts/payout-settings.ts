/**
 * Payout settings from the environment, each with its default:
 * PAYOUT_HOLD_DAYS (7) — days after a session or an event date before its
 * money is earned, for disputes; PAYOUT_MINIMUM (10) — the least amount
 * paid out, in major units of any currency; PAYOUT_SCHEDULE ("0 6 * * 1",
 * Mondays at 06:00) — the cron expression of the payout run.
 */
export type PayoutSettings = { holdDays: number; minimum: string; schedule: string }

export function payoutSettings(env: Record<string, string | undefined>): PayoutSettings {
  const holdDays = Number(env.PAYOUT_HOLD_DAYS ?? 7)
  const minimum = env.PAYOUT_MINIMUM ?? "10"
  return {
    holdDays: Number.isInteger(holdDays) && holdDays >= 0 && holdDays <= 365 ? holdDays : 7,
    minimum: /^\d+(\.\d+)?$/.test(minimum) ? minimum : "10",
    schedule: env.PAYOUT_SCHEDULE?.trim() || "0 6 * * 1",
  }
}
