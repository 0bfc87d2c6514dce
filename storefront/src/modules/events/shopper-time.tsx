"use client"

import { useEffect, useState } from "react"
import { eventDateRange } from "@/lib/util/event-time"

/**
 * A date as the shopper's own clock reads it, when their browser's zone is
 * not the event's: "Your time: Fri 15 Jan, 18:00–20:00 (Europe/London)".
 * Rendered after hydration (the server cannot know the zone), nothing before.
 */
export function ShopperTime({ startsAt, endsAt, eventZone }: { startsAt: string; endsAt: string; eventZone: string }) {
  const [zone, setZone] = useState<string>()
  useEffect(() => setZone(Intl.DateTimeFormat().resolvedOptions().timeZone), [])
  if (!zone || zone === eventZone) return null
  return (
    <span className="block text-xs text-ink-soft" data-testid="shopper-time">
      Your time: {eventDateRange(startsAt, endsAt, zone)} ({zone})
    </span>
  )
}
