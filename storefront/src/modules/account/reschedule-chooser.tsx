"use client"

import { useEffect, useState, useTransition } from "react"
import { loadMoveSlots, rescheduleMyBooking } from "@/lib/actions/booking-actions"
import type { MyBooking, Slot } from "@/lib/data/bookings"
import { SlotGrid } from "@/modules/practitioners/slot-grid"

/** The times this session can move to, in the shopper's zone; choosing one moves the booking. */
export function RescheduleChooser({ booking, onClose }: { booking: MyBooking; onClose: () => void }) {
  const [slots, setSlots] = useState<Slot[] | null>(null)
  const [chosen, setChosen] = useState<Slot>()
  const [error, setError] = useState<string>()
  const [pending, startTransition] = useTransition()
  const practitioner = booking.practitioner

  useEffect(() => {
    loadMoveSlots(booking.id).then((answer) => {
      setSlots(answer.slots)
      setError(answer.error)
    })
  }, [booking.id])

  const move = () =>
    chosen &&
    startTransition(async () => {
      const answer = await rescheduleMyBooking(booking.id, chosen.starts_at)
      setError(answer.error)
      if (answer.ok) onClose()
    })

  return (
    <div className="mt-3 space-y-3 border-t border-ink/10 pt-3" data-testid="reschedule">
      {slots === null && !error && (
        <p className="text-sm text-ink-soft" role="status">
          Finding free times…
        </p>
      )}
      {slots?.length === 0 && !error && <p className="text-sm text-ink-soft">No other free times in the next two weeks.</p>}
      {slots && slots.length > 0 && practitioner && (
        <SlotGrid slots={slots} practitionerZone={practitioner.timezone} chosen={chosen} onChoose={setChosen} />
      )}
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <div className="flex gap-3 text-sm">
        <button type="button" className="btn-secondary py-1" disabled={!chosen || pending} onClick={move}>
          {pending ? "Moving…" : "Move to this time"}
        </button>
        <button type="button" className="underline" onClick={onClose}>
          Keep the current time
        </button>
      </div>
    </div>
  )
}
