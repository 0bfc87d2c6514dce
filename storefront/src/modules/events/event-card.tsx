import Link from "next/link"
import type { ListedEvent } from "@/lib/data/events"
import { eventDateRange, seatsLeftText } from "@/lib/util/event-time"
import { zoneName } from "@/lib/util/session-time"

/** An upcoming event in a list: what, where, who hosts it, and its next date with the seats left. */
export function EventCard({ event }: { event: ListedEvent }) {
  const next = event.dates[0]
  const seats = next ? seatsLeftText(next.seats_left, next.capacity) : undefined
  return (
    <li className="card p-5" data-testid="event-card">
      <p className="text-xs uppercase tracking-wide text-ink-soft">
        {event.kind} · {event.format === "online" ? "Online" : (event.city ?? event.venue_name)}
        {event.format === "hybrid" ? " and online" : ""}
      </p>
      <h2 className="mt-1 font-serif text-xl">
        <Link href={`/events/${event.handle}`} className="hover:text-amethyst-700">
          {event.title}
        </Link>
      </h2>
      {event.host && (
        <p className="text-sm text-ink-soft">
          with{" "}
          <Link href={`/practitioners/${event.host.handle}`} className="underline">
            {event.host.display_name}
          </Link>
        </p>
      )}
      {next && (
        <p className="mt-2 text-sm">
          {eventDateRange(next.starts_at, next.ends_at, event.timezone)} <span className="text-ink-soft">({zoneName(event.timezone)})</span>
          {event.dates.length > 1 && (
            <span className="text-ink-soft">
              {" "}
              · {event.dates.length - 1} more {event.dates.length === 2 ? "date" : "dates"}
            </span>
          )}
        </p>
      )}
      {seats && (
        <p className={`mt-1 text-sm font-semibold ${next!.seats_left ? "text-amber-800" : "text-red-800"}`} data-testid="seats-left">
          {seats}
        </p>
      )}
    </li>
  )
}
