import { DEFAULT_AUDIT_RETENTION_DAYS } from "../../modules/audit/values"

const DAY = 86_400_000

/**
 * How many days audit entries are kept: AUDIT_RETENTION_DAYS, a whole number
 * from 30 to 3,650 (ten years); anything else keeps the default of two years.
 */
export function auditRetentionDays(env: Record<string, string | undefined>): number {
  const days = Number(env.AUDIT_RETENTION_DAYS ?? DEFAULT_AUDIT_RETENTION_DAYS)
  return Number.isInteger(days) && days >= 30 && days <= 3650 ? days : DEFAULT_AUDIT_RETENTION_DAYS
}

/** The instant before which entries are removed. */
export const retentionCutoff = (now: Date, days: number) => new Date(now.getTime() - days * DAY)
