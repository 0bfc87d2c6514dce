/**
 * The audit module's vocabularies, declared once (this file imports nothing,
 * so the admin and the storefront can take it too).
 */

/** Who wrote: a staff user (Medusa's `user`), a staff integration's secret API key, or a practitioner. */
export const AUDIT_ACTORS = ["user", "api-key", "practitioner"] as const
export type AuditActor = (typeof AUDIT_ACTORS)[number]

/** How long entries are kept when AUDIT_RETENTION_DAYS does not say: two years. */
export const DEFAULT_AUDIT_RETENTION_DAYS = 730

/** The longest time range one export may cover. */
export const MAX_EXPORT_DAYS = 366
