import { authenticate, MiddlewareRoute, validateAndTransformBody, validateAndTransformQuery } from "@medusajs/framework/http"
import { NoQuery } from "./utils/no-query"
import {
  EmptyBody,
  ExportOwed,
  LedgerAdjustment,
  ListLedger,
  ListPayouts,
  MarkPayoutPaid,
  SetCommissionRule,
  StartPayoutRun,
  VendorListPayouts,
} from "./utils/payout-validators"
import { requireApprovedPractitioner } from "./vendor/require-approved-practitioner"

const query = (matcher: string, schema: Parameters<typeof validateAndTransformQuery>[0]): MiddlewareRoute => ({
  matcher,
  method: ["GET"],
  middlewares: [validateAndTransformQuery(schema, {})],
})
const body = (matcher: string, method: "POST" | "DELETE", schema: Parameters<typeof validateAndTransformBody>[0]): MiddlewareRoute => ({
  matcher,
  method: [method],
  middlewares: [validateAndTransformBody(schema)],
})

/**
 * Earnings and payouts: a practitioner's own (any status — a suspended one
 * is still owed; only an approved one starts Stripe onboarding), staff's
 * payouts, runs, balances, commission rules and ledgers, and Stripe
 * Connect's webhook (raw body kept for its signature).
 */
export const payoutRoutes: MiddlewareRoute[] = [
  { matcher: "/vendor/earnings*", middlewares: [authenticate("practitioner", ["bearer", "session"])] },
  query("/vendor/earnings", NoQuery),
  query("/vendor/earnings/entries", ListLedger),
  query("/vendor/earnings/payouts", VendorListPayouts),
  query("/vendor/earnings/payouts/:id", NoQuery),
  query("/vendor/earnings/payouts/:id/statement", NoQuery),
  {
    matcher: "/vendor/earnings/stripe-onboarding",
    method: ["POST"],
    middlewares: [requireApprovedPractitioner, validateAndTransformBody(EmptyBody)],
  },
  query("/admin/payouts", ListPayouts),
  query("/admin/payouts/:id", NoQuery),
  query("/admin/payouts/:id/statement", NoQuery),
  body("/admin/payouts/:id/mark-paid", "POST", MarkPayoutPaid),
  query("/admin/payout-runs", NoQuery),
  body("/admin/payout-runs", "POST", StartPayoutRun),
  query("/admin/payout-balances", NoQuery),
  query("/admin/payout-balances/owed", ExportOwed),
  query("/admin/commission-rules", NoQuery),
  body("/admin/commission-rules", "POST", SetCommissionRule),
  { matcher: "/admin/commission-rules/:id", method: ["DELETE"], middlewares: [validateAndTransformQuery(NoQuery, {})] },
  query("/admin/practitioners/:id/ledger", ListLedger),
  body("/admin/practitioners/:id/ledger-adjustments", "POST", LedgerAdjustment),
  query("/admin/orders/:id/earnings", NoQuery),
  body("/admin/earnings/:id/release", "POST", EmptyBody),
  { matcher: "/hooks/stripe-connect", method: ["POST"], bodyParser: { preserveRawBody: true }, middlewares: [] },
]
