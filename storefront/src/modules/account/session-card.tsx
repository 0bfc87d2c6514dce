"use client"

import { useState, useTransition } from "react"
import { cancelMyBooking } from "@/lib/actions/booking-actions"
import type { MyBooking } from "@/lib/data/bookings"
import { RefundConfirm, RefundQuote } from "@/modules/common/refund-confirm"
import { sessionTime, zoneName } from "@/lib/util/session-time"
import { GetHelpLink } from "@/modules/support/get-help-link"
import { RescheduleChooser } from "./reschedule-chooser"

/**
 * One upcoming session: when (in the shopper's zone), where, a calendar file,
 * moving it to another free time, and cancelling with the refund shown first.
 */
export function SessionCard({ booking }: { booking: MyBooking }) {
  const [quote, setQuote] = useState<RefundQuote | null>(null)
  const [error, setError] = useState<string>()
  const [moving, setMoving] = useState(false)
  const [pending, startTransition] = useTransition()
  const when = sessionTime(booking.starts_at, booking.customer_timezone, "long")

  const ask = () =>
    startTransition(async () => {
      const answer = await cancelMyBooking(booking.id, false)
      setError(answer.error)
      setQuote(answer.refund)
    })
  const confirm = () =>
    startTransition(async () => {
      const answer = await cancelMyBooking(booking.id, true)
      setError(answer.error)
    })

  return (
    <li className="card p-4" data-testid="session-card">
      <p className="font-medium">
        {booking.practitioner?.display_name}
        {booking.variant && (
          <span className="font-normal text-ink-soft">
            {" "}
            · {booking.variant.product?.title} ({booking.variant.title})
          </span>
        )}
      </p>
      <p className="text-sm">
        {when} ({zoneName(booking.customer_timezone)})
      </p>
      <p className="text-sm text-ink-soft">
        {booking.meeting_mode === "online" ? (
          booking.meeting_url ? (
            <a href={booking.meeting_url} className="underline">
              Join online
            </a>
          ) : (
            "Online"
          )
        ) : (
          (booking.meeting_address ?? "In person")
        )}
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3 text-sm">
        <a href={`/sessions/${booking.id}/calendar.ics`} className="underline">
          Add to calendar
        </a>
        {!quote ? (
          <>
            {booking.allowed_actions.includes("reschedule") && (
              <button type="button" className="underline" onClick={() => setMoving(true)} disabled={moving}>
                Move to another time
              </button>
            )}
            {booking.allowed_actions.includes("cancel") && (
              <button type="button" className="underline" onClick={ask} disabled={pending}>
                Cancel this session
              </button>
            )}
          </>
        ) : (
          <RefundConfirm quote={quote} pending={pending} onConfirm={confirm} onKeep={() => setQuote(null)} testId="refund-quote" />
        )}
        <GetHelpLink category="session" linkId={booking.id} />
      </div>
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-800">
          {error}
        </p>
      )}
      {moving && <RescheduleChooser booking={booking} onClose={() => setMoving(false)} />}
    </li>
  )
}
