"use client"

import { useActionState, useState } from "react"
import { actOnBooking } from "@/lib/actions/schedule-actions"
import type { OwnBooking } from "@/lib/data/vendor"
import { sessionTime, zoneName } from "@/lib/util/session-time"
import { FormMessage } from "@/modules/common/form-message"
import { GetHelpLink } from "@/modules/support/get-help-link"

const STATUS_TEXT: Record<OwnBooking["status"], string> = {
  held: "Held in a cart",
  confirmed: "Confirmed",
  completed: "Completed",
  cancelled: "Cancelled",
  no_show: "No-show",
  expired: "Expired",
}

/** One of the practitioner's bookings: when (their zone and the client's), who, and what they can do with it now. */
export function OwnBookingCard({ booking, zone }: { booking: OwnBooking; zone: string }) {
  const [state, action, pending] = useActionState(actOnBooking, {})
  const [cancelling, setCancelling] = useState(false)
  const client = [booking.customer?.first_name, booking.customer?.last_name].filter(Boolean).join(" ") || "A client"
  const status = (state.status ?? booking.status) as OwnBooking["status"]
  // Once an action went through, the card shows the new status and offers nothing more.
  const allowed = state.status ? [] : booking.allowed_actions
  const canMark = allowed.includes("complete")
  const canCancel = allowed.includes("cancel")
  return (
    <li className="card p-4" data-testid="own-booking">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <p className="font-medium">{sessionTime(booking.starts_at, zone, "long")}</p>
        <span className="rounded-full bg-sand-100 px-2 py-0.5 text-xs" data-testid="own-booking-status">
          {STATUS_TEXT[status]}
        </span>
      </div>
      <p className="text-sm">
        {client}
        {booking.variant && (
          <>
            {" "}
            · {booking.variant.product?.title} ({booking.variant.title})
          </>
        )}
      </p>
      {booking.customer_timezone !== zone && (
        <p className="text-sm text-ink-soft">
          {sessionTime(booking.starts_at, booking.customer_timezone)} for them ({zoneName(booking.customer_timezone)})
        </p>
      )}
      <p className="text-sm text-ink-soft">
        {booking.meeting_mode === "online" ? (
          booking.meeting_url ? (
            <a href={booking.meeting_url} className="underline">
              Online room
            </a>
          ) : (
            "Online"
          )
        ) : (
          (booking.meeting_address ?? "In person")
        )}
      </p>
      {booking.notes && <p className="mt-1 text-sm">“{booking.notes}”</p>}
      {booking.cancellation_reason && (
        <p className="mt-1 text-sm text-ink-soft">
          Cancelled by the {booking.cancelled_by}: {booking.cancellation_reason}
        </p>
      )}
      {(canMark || canCancel) && (
        <form action={action} className="mt-3 flex flex-wrap items-center gap-3 text-sm">
          <input type="hidden" name="booking_id" value={booking.id} />
          {canMark ? (
            <>
              <button type="submit" name="action" value="complete" className="btn-secondary py-1" disabled={pending}>
                Mark completed
              </button>
              <button type="submit" name="action" value="no-show" className="underline" disabled={pending}>
                Client did not come
              </button>
            </>
          ) : cancelling ? (
            <>
              <label htmlFor={`reason-${booking.id}`} className="sr-only">
                Why you cancel
              </label>
              <input
                id={`reason-${booking.id}`}
                name="reason"
                required
                maxLength={1000}
                className="field min-w-0 flex-1 py-1"
                placeholder="Why you cancel (your client reads it)"
              />
              <button type="submit" name="action" value="cancel" className="btn-secondary py-1" disabled={pending}>
                Cancel and refund
              </button>
              <button type="button" className="underline" onClick={() => setCancelling(false)}>
                Keep it
              </button>
            </>
          ) : (
            <button type="button" className="underline" onClick={() => setCancelling(true)}>
              Cancel this session
            </button>
          )}
        </form>
      )}
      <div className="mt-2">
        <FormMessage state={state} />
      </div>
      <p className="mt-2 text-sm">
        <GetHelpLink side="practitioner" category="session" linkId={booking.id} />
      </p>
    </li>
  )
}
