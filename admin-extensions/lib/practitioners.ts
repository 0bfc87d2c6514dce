import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

export type AdminPractitioner = {
  id: string
  handle: string
  display_name: string
  email: string
  kind: string
  city: string | null
  /** IANA zone the practitioner works in. */
  timezone: string
  status: "pending" | "approved" | "rejected" | "suspended"
  status_reason: string | null
  verified: boolean
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

export type AdminPractitionerDetail = AdminPractitioner & {
  /** Their own commission in basis points; null when a category or the platform rule applies. */
  commission_rate_bps: number | null
  specialties: string[]
  languages: string[]
  bio: string
  meeting_modes: string[]
  country_code: string | null
  avatar_url: string | null
  years_of_experience: number
  verified_at: string | null
  verified_by: string | null
  rating_average: number
  rating_count: number
  products: Array<{ id: string; title: string; handle: string; status: string; thumbnail: string | null }>
}

export type ProductPractitioner = { id: string; display_name: string; handle: string; status: string } | null

const practitionerKey = (id: string) => ["avenrae", "practitioners", id]

/** One practitioner by id; nothing is fetched while `id` is empty. */
export function usePractitioner(id: string) {
  return useQuery({
    enabled: !!id,
    queryKey: practitionerKey(id),
    queryFn: () => sdk.client.fetch<{ practitioner: AdminPractitionerDetail }>(`/admin/practitioners/${id}`),
  })
}

/** rate_bps is whole basis points (1500 = 15 %), null for the category or platform rule. */
export function useSetCommission(id: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (rate_bps: number | null) =>
      sdk.client.fetch<{ commission_rate_bps: number | null }>(`/admin/practitioners/${id}/commission`, {
        method: "POST",
        body: { rate_bps },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: ["avenrae", "practitioners"] }),
  })
}

export function useProductPractitioner(productId: string) {
  return useQuery({
    queryKey: ["avenrae", "product-practitioner", productId],
    queryFn: () => sdk.client.fetch<{ practitioner: ProductPractitioner }>(`/admin/products/${productId}/practitioner`),
  })
}

export function useSetProductPractitioner(productId: string) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (practitioner_id: string | null) =>
      sdk.client.fetch<{ practitioner: ProductPractitioner }>(`/admin/products/${productId}/practitioner`, {
        method: "POST",
        body: { practitioner_id },
      }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: ["avenrae", "product-practitioner", productId] })
      client.invalidateQueries({ queryKey: ["avenrae", "practitioners"] })
    },
  })
}
