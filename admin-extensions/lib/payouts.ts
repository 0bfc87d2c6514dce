import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

import type { PayoutStatus } from "../../src/modules/payout/values"

export type { PayoutStatus }

type Named = { practitioner: { id: string; display_name: string; email: string; handle: string } | null }

export type AdminBalance = Named & {
  practitioner_id: string
  currency_code: string
  pending: string
  available: string
  owed: string
  in_transit: string
  paid: string
  due_now: boolean
  account: { provider: "stripe" | "manual"; payouts_enabled: boolean; requirements_due: string[]; disabled_reason: string | null }
}

export type AdminPayout = Named & {
  id: string
  practitioner_id: string
  currency_code: string
  amount: string
  provider: "stripe" | "manual"
  status: PayoutStatus
  attempt: number
  transfer_id: string | null
  failure_message: string | null
  reference: string | null
  created_at: string
  paid_at: string | null
}

export type AdminPayoutRun = {
  id: string
  trigger: "schedule" | "staff"
  created_at: string
  finished_at: string | null
  payouts_created: number
  payouts_sent: number
  skipped: { items: Array<{ practitioner_id: string; currency_code: string; reason: string }> }
  failures: { items: Array<{ payout_id: string; message: string }> }
}

export type CommissionRule = {
  id: string
  practitioner_id: string | null
  category_id: string | null
  rate_bps: number
  note: string | null
  practitioner: { id: string; display_name: string } | null
  category: { id: string; name: string } | null
}

export type OrderEarning = Named & {
  id: string
  kind: string
  purchase: string | null
  currency_code: string
  gross: string
  rate_bps: number | null
  commission: string
  share: string
  state: string
  available_at: string | null
}

export type LedgerEntry = {
  id: string
  kind: string
  created_at: string
  order_id: string | null
  purchase: string | null
  currency_code: string
  gross: string
  rate_bps: number | null
  commission: string
  share: string
  state: string
  reason: string | null
}

const key = ["avenrae", "payouts"]
const get = <T>(path: string, query?: Record<string, unknown>) => sdk.client.fetch<T>(path, { query })

export const usePayoutBalances = () =>
  useQuery({
    queryKey: [...key, "balances"],
    queryFn: () => get<{ balances: AdminBalance[]; minimum: string; schedule: string }>("/admin/payout-balances"),
  })

export const usePayouts = (query: { status?: PayoutStatus; limit: number; offset: number }) =>
  useQuery({ queryKey: [...key, "list", query], queryFn: () => get<{ payouts: AdminPayout[]; count: number }>("/admin/payouts", query) })

export const usePayoutRuns = () =>
  useQuery({ queryKey: [...key, "runs"], queryFn: () => get<{ payout_runs: AdminPayoutRun[] }>("/admin/payout-runs") })

export const useCommissionRules = () =>
  useQuery({
    queryKey: [...key, "rules"],
    queryFn: () => get<{ platform_rate_bps: number; commission_rules: CommissionRule[] }>("/admin/commission-rules"),
  })

export const usePractitionerLedger = (practitionerId: string, offset: number) =>
  useQuery({
    queryKey: [...key, "ledger", practitionerId, offset],
    queryFn: () => get<{ entries: LedgerEntry[]; count: number }>(`/admin/practitioners/${practitionerId}/ledger`, { limit: 20, offset }),
  })

export const useOrderEarnings = (orderId: string) =>
  useQuery({ queryKey: [...key, "order", orderId], queryFn: () => get<{ earnings: OrderEarning[] }>(`/admin/orders/${orderId}/earnings`) })

/** Any payout action (pay now, mark paid, set or delete a rule); every payout list refreshes after it. */
export function usePayoutAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: { path: string; method?: "POST" | "DELETE"; body?: Record<string, unknown> }) =>
      sdk.client.fetch<Record<string, unknown>>(action.path, {
        method: action.method ?? "POST",
        ...(action.body ? { body: action.body } : {}),
      }),
    // Not awaited: the caller's own onSuccess (a toast) must run before the refreshed list unmounts the row that called it.
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key })
    },
  })
}
