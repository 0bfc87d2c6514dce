import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

import type { BookingAction, BookingStatus } from "../../src/modules/booking/statuses"

export type { BookingStatus }

/** A booking as GET /admin/bookings answers it, with what staff need to recognise it. */
export type AdminBooking = {
  id: string
  practitioner_id: string
  customer_id: string | null
  order_id: string | null
  variant_id: string
  starts_at: string
  ends_at: string
  customer_timezone: string
  status: BookingStatus
  hold_expires_at: string | null
  meeting_mode: "in_person" | "online"
  meeting_url: string | null
  meeting_address: string | null
  notes: string | null
  cancelled_at: string | null
  cancelled_by: "customer" | "practitioner" | "staff" | null
  cancellation_reason: string | null
  refund_amount: number | string | null
  reschedule_count: number
  /** What staff may do with it now, as the backend decides. */
  allowed_actions: BookingAction[]
  practitioner: { id: string; handle: string; display_name: string; timezone: string } | null
  customer: { id: string; email: string; first_name: string | null; last_name: string | null } | null
  variant: { id: string; title: string; product: { id: string; title: string } | null } | null
  order: { id: string; display_id: number; email: string | null; currency_code: string } | null
}

export type BookingFilters = { practitioner_id?: string; order_id?: string; from?: string; to?: string }

const bookingsKey = ["avenrae", "bookings"]

/** At most 500 bookings matching the filters, soonest first; waits until a practitioner or an order is given. */
export function useBookings(filters: BookingFilters) {
  const query = Object.fromEntries(Object.entries(filters).filter(([, v]) => v))
  return useQuery({
    queryKey: [...bookingsKey, query],
    queryFn: () => sdk.client.fetch<{ bookings: AdminBooking[]; count: number }>("/admin/bookings", { query: { ...query, limit: 500 } }),
    enabled: !!(filters.practitioner_id || filters.order_id),
  })
}

export type CancelledBooking = { booking: AdminBooking; refund: { percent: number; amount: number } }

/** Staff cancel a confirmed session with a reason; the client is refunded in full. */
export function useCancelBooking() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      sdk.client.fetch<CancelledBooking>(`/admin/bookings/${id}/cancel`, { method: "POST", body: { reason } }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: bookingsKey })
      // The admin's own order queries, so an open order page shows the refund.
      client.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}
