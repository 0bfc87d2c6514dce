/**
 * The payout module's vocabularies, declared once (this file imports
 * nothing, so the admin and the storefront can take it too).
 */
export const LEDGER_ENTRY_KINDS = ["sale", "refund", "reversal", "adjustment", "payout", "debt"] as const
export type LedgerEntryKind = (typeof LEDGER_ENTRY_KINDS)[number]

/** What a practitioner sold on an order line, which decides when the money is earned. */
export const PURCHASE_KINDS = ["session", "ticket", "crystal"] as const
export type PurchaseKind = (typeof PURCHASE_KINDS)[number]

/** pending: not earned yet; earned: available from `available_at`; held: waits for staff (a no-show). */
export const EARNING_STATUSES = ["pending", "earned", "held"] as const
export type EarningStatus = (typeof EARNING_STATUSES)[number]

export const PAYOUT_PROVIDERS = ["stripe", "manual"] as const
export type PayoutProviderId = (typeof PAYOUT_PROVIDERS)[number]

/**
 * pending: created, no money moved yet (a manual payout waits for staff);
 * in_transit: the transfer was made and Stripe has not said it arrived;
 * failed: the last attempt failed (retried by the next run).
 */
export const PAYOUT_STATUSES = ["pending", "in_transit", "paid", "failed"] as const
export type PayoutStatus = (typeof PAYOUT_STATUSES)[number]

export const PAYOUT_RUN_TRIGGERS = ["schedule", "staff"] as const
export type PayoutRunTrigger = (typeof PAYOUT_RUN_TRIGGERS)[number]
