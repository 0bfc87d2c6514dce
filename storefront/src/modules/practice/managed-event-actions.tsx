"use client"

import { useActionState } from "react"
import { addEventDate, cancelEventDate, setDateCapacity, setEventStatus } from "@/lib/actions/event-practice-actions"
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

/** Another date for an event, typed in the event's zone, sold at its ticket types' prices. */
export function AddDateForm({ eventId, timezone }: { eventId: string; timezone: string }) {
  const [state, action, pending] = useActionState(addEventDate, {})
  const v = state.values ?? {}
  const id = (name: string) => `${name}-${eventId}`
  return (
    <form action={action} className="mt-3 flex flex-wrap items-end gap-2 text-sm" aria-label="Add a date">
      <input type="hidden" name="event_id" value={eventId} />
      <input type="hidden" name="timezone" value={timezone} />
      <label htmlFor={id("date")} className="sr-only">
        Day
      </label>
      <input id={id("date")} name="date" type="date" required defaultValue={v.date} className="field w-40 py-1" />
      <label htmlFor={id("starts")}>from</label>
      <input id={id("starts")} name="starts" type="time" required defaultValue={v.starts ?? "18:00"} className="field w-28 py-1" />
      <label htmlFor={id("ends")}>to</label>
      <input id={id("ends")} name="ends" type="time" required defaultValue={v.ends ?? "20:00"} className="field w-28 py-1" />
      <label htmlFor={id("capacity")}>seats</label>
      <input
        id={id("capacity")}
        name="capacity"
        type="number"
        min={1}
        max={10000}
        required
        defaultValue={v.capacity ?? "20"}
        className="field w-20 py-1"
      />
      <button type="submit" className="underline" disabled={pending}>
        Add a date
      </button>
      <FormMessage state={state} />
    </form>
  )
}
