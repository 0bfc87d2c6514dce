import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AdminPractitioner = {
  id: string
  handle: string
  display_name: string
  email: string
  kind: string
  city: string | null
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
  verified: boolean
  commission_rate: number | null
  created_at: string
  /** Decided by the backend's status rules. */
  allowed_actions: PractitionerAction[]
}

export type PractitionerAction = "approve" | "reject" | "suspend" | "reinstate" | "verify"

export function usePractitioners(params: { status?: string; q?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: ["avenrae", "practitioners", params],
    queryFn: () =>
      sdk.client.fetch<{ practitioners: AdminPractitioner[]; count: number }>("/admin/practitioners", {
        query: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")),
      }),
  })
}

export function usePractitionerAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, action, reason }: { id: string; action: PractitionerAction; reason?: string }) =>
      sdk.client.fetch<{ practitioner: AdminPractitioner }>(`/admin/practitioners/${id}/${action}`, {
        method: "POST",
        body: reason ? { reason } : {},
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["avenrae", "practitioners"] }),
  })
}
