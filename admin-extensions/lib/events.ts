import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

import type { EventStatus, TicketStatus } from "../../src/modules/event/values"

export type { EventStatus, TicketStatus }

/** An event as GET /admin/events answers it: every date with its sales. */
export type AdminEvent = {
  id: string
  title: string
  handle: string
  kind: string
  format: string
  status: EventStatus
  host_practitioner_id: string | null
  venue_name: string | null
  city: string | null
  timezone: string
  ticket_types: Array<{ id: string; name: string; kind: string; per_order_limit: number }>
  dates: Array<{
    id: string
    starts_at: string
    ends_at: string
    status: "scheduled" | "cancelled" | "completed"
    cancellation_reason: string | null
    capacity: number
    sold: number
    checked_in: number
    held: number
    offered: number
    waiting: number
    seats_left: number
  }>
}

export type AdminAttendee = {
  attendee_name: string
  attendee_email: string | null
  ticket_type: string
  status: string
  checked_in_at: string | null
}

/** A ticket as the order page shows it. */
export type AdminTicket = {
  id: string
  status: TicketStatus
  attendee_name: string
  attendee_email: string | null
  checked_in_at: string | null
  checked_in_by: string | null
  refund_amount: number | string | null
  ticket_type: { name: string }
  event_date: { id: string; starts_at: string; ends_at: string; status: string; event: { id: string; title: string; timezone: string } }
}

const eventsKey = ["avenrae", "events"]

export function useEvents(params: { q?: string; status?: string; limit: number; offset: number }) {
  return useQuery({
    queryKey: [...eventsKey, "list", params],
    queryFn: () =>
      sdk.client.fetch<{ events: AdminEvent[]; count: number }>("/admin/events", {
        query: Object.fromEntries(Object.entries(params).filter(([, v]) => v !== undefined && v !== "")),
      }),
  })
}

export function useEvent(id: string) {
  return useQuery({
    queryKey: [...eventsKey, "one", id],
    queryFn: () => sdk.client.fetch<{ event: AdminEvent }>(`/admin/events/${id}`),
    enabled: !!id,
  })
}

export function useDateAttendees(dateId: string | null) {
  return useQuery({
    queryKey: [...eventsKey, "attendees", dateId],
    queryFn: () => sdk.client.fetch<{ attendees: AdminAttendee[] }>(`/admin/events/dates/${dateId}/attendees`),
    enabled: !!dateId,
  })
}

export function useOrderTickets(orderId: string) {
  return useQuery({
    queryKey: [...eventsKey, "order", orderId],
    queryFn: () => sdk.client.fetch<{ tickets: AdminTicket[] }>(`/admin/orders/${orderId}/tickets`),
  })
}

/** Staff actions on events; each refreshes the event views and the admin's own order views (a refund shows there). */
export function useEventAction() {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (action: { path: string; body: Record<string, unknown> }) =>
      sdk.client.fetch<Record<string, unknown>>(action.path, { method: "POST", body: action.body }),
    onSuccess: () => {
      client.invalidateQueries({ queryKey: eventsKey })
      client.invalidateQueries({ queryKey: ["orders"] })
    },
  })
}
