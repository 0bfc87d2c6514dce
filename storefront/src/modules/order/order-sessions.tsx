import type { SessionLine } from "@/lib/data/bookings"
import { SessionWhen } from "@/modules/bookings/session-when"

/**
 * The sessions bought in this order, each with its calendar file (opened with
 * the order's id, so guests get it too). My sessions also lets one move or
 * cancel them.
 */
export function OrderSessions({ orderId, sessions }: { orderId: string; sessions: SessionLine[] }) {
  if (!sessions.length) return null
  return (
    <section className="card mt-6 p-5" aria-labelledby="order-sessions">
      <h2 id="order-sessions" className="text-lg font-semibold">
        Your sessions
      </h2>
      <ul className="mt-2 space-y-2 text-sm">
        {sessions.map((session) => (
          <li key={session.id} className="flex flex-wrap items-baseline justify-between gap-2" data-testid="order-session">
            <SessionWhen session={session} />
            <a href={`/sessions/${session.id}/calendar.ics?order=${encodeURIComponent(orderId)}`} className="underline">
              Add to calendar
            </a>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-xs text-ink-soft">The meeting link or address comes with your confirmation email and is in My sessions.</p>
    </section>
  )
}
