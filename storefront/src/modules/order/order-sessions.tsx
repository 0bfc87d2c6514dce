import type { HttpTypes } from "@medusajs/types"
import { SessionWhen, sessionLines } from "@/modules/bookings/session-when"

/**
 * The sessions just bought, as the order placed them, each with its calendar
 * file (opened with the order's id, so guests get it too). My sessions shows
 * them as they are later, moved or cancelled.
 */
export function OrderSessions({ order }: { order: HttpTypes.StoreOrder }) {
  const sessions = sessionLines(order.items ?? [])
  if (!sessions.length) return null
  return (
    <section className="card mt-6 p-5" aria-labelledby="order-sessions">
      <h2 id="order-sessions" className="text-lg font-semibold">Your sessions</h2>
      <ul className="mt-2 space-y-2 text-sm">
        {sessions.map(({ item, session }) => (
          <li key={item.id} className="flex flex-wrap items-baseline justify-between gap-2" data-testid="order-session">
            <SessionWhen session={session} />
            <a href={`/sessions/${session.booking_id}/calendar.ics?order=${encodeURIComponent(order.id)}`} className="underline">
              Add to calendar
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-ink-soft">The meeting link or address comes with your confirmation email and is in My sessions.</p>
    </section>
  )
}
