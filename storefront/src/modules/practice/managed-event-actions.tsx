"use client"

import { useActionState } from "react"
import { cancelEventDate, setDateCapacity, setEventStatus } from "@/lib/actions/event-practice-actions"
import { FormMessage } from "@/modules/common/form-message"

/** Publish a draft, or take an event with nothing sold back to draft. */
export function EventStatusForm({ eventId, status }: { eventId: string; status: string }) {
  const [state, action, pending] = useActionState(setEventStatus, {})
  if (status !== "draft" && status !== "published") return null
  return (
    <form action={action} className="text-sm">
      <input type="hidden" name="event_id" value={eventId} />
      <input type="hidden" name="status" value={status === "draft" ? "published" : "draft"} />
      <button type="submit" className="underline" disabled={pending}>
        {status === "draft" ? "Put on sale" : "Back to draft"}
      </button>
      <FormMessage state={state} />
    </form>
  )
}

/** A date's seats, never below what is sold, held or offered. */
export function DateCapacityForm({ dateId, capacity }: { dateId: string; capacity: number }) {
  const [state, action, pending] = useActionState(setDateCapacity, {})
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="date_id" value={dateId} />
      <label htmlFor={`capacity-${dateId}`}>Seats</label>
      <input
        id={`capacity-${dateId}`}
        name="capacity"
        type="number"
        min={1}
        max={10000}
        defaultValue={capacity}
        className="field w-24 py-1"
      />
      <button type="submit" className="underline" disabled={pending}>
        Change
      </button>
      <FormMessage state={state} />
    </form>
  )
}

/** Cancel a date with a reason: every ticket refunded in full, attendees and the waitlist emailed. */
export function CancelDateForm({ dateId }: { dateId: string }) {
  const [state, action, pending] = useActionState(cancelEventDate, {})
  return (
    <form action={action} className="flex flex-wrap items-center gap-2 text-sm">
      <input type="hidden" name="date_id" value={dateId} />
      <input
        name="reason"
        required
        maxLength={1000}
        placeholder="Why (attendees are told)"
        aria-label="Reason for cancelling this date"
        className="field w-56 py-1"
      />
      <button type="submit" className="text-red-800 underline" disabled={pending}>
        Cancel date and refund
      </button>
      <FormMessage state={state} />
    </form>
  )
}
