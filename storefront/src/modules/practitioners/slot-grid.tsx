"use client"

import { useEffect, useMemo, useState } from "react"
import type { Slot } from "@/lib/data/bookings"
import { clockTime } from "@/lib/util/session-time"

/**
 * Free times grouped by day: the shopper picks a day, then a time. Times are
 * shown in the zone the slots were asked for, the practitioner's in brackets.
 */
export function SlotGrid({
  slots,
  practitionerZone,
  chosen,
  onChoose,
}: {
  slots: Slot[]
  practitionerZone: string
  chosen?: Slot
  onChoose: (slot?: Slot) => void
}) {
  const days = useMemo(() => [...new Set(slots.map((s) => s.local_start.slice(0, 10)))], [slots])
  const [day, setDay] = useState(days[0])
  useEffect(() => setDay(days[0]), [days])
  const times = slots.filter((s) => s.local_start.startsWith(day ?? "~"))

  return (
    <>
      <fieldset>
        <legend className="label">Day</legend>
        <div className="flex flex-wrap gap-2">
          {days.map((d) => (
            <button
              key={d}
              type="button"
              data-date={d}
              onClick={() => {
                setDay(d)
                onChoose(undefined)
              }}
              aria-pressed={d === day}
              className={`rounded-full border px-3 py-1 text-sm ${d === day ? "border-amethyst-700 bg-amethyst-50" : "border-ink/20"}`}
            >
              {new Date(`${d}T12:00:00Z`).toLocaleDateString("en-GB", {
                weekday: "short",
                day: "numeric",
                month: "short",
                timeZone: "UTC",
              })}
            </button>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="label">Time</legend>
        <div className="flex flex-wrap gap-2">
          {times.map((slot) => (
            <button
              key={slot.starts_at}
              type="button"
              onClick={() => onChoose(slot)}
              aria-pressed={chosen?.starts_at === slot.starts_at}
              data-testid="slot"
              className={`rounded-full border px-3 py-1 text-sm ${chosen?.starts_at === slot.starts_at ? "border-amethyst-700 bg-amethyst-50" : "border-ink/20"}`}
            >
              {slot.local_start.slice(11, 16)} <span className="text-ink-soft">({clockTime(slot.starts_at, practitionerZone)})</span>
            </button>
          ))}
        </div>
      </fieldset>
    </>
  )
}
