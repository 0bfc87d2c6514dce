import { sessionTime, zoneName } from "@/lib/util/session-time"

/** The session line's metadata the backend writes when it holds a time. */
export type SessionLineMetadata = {
  booking_id: string
  practitioner_name: string
  starts_at: string
  customer_timezone: string
  practitioner_timezone: string
  hold_expires_at?: string | null
}

/** "With Nomvula Dlamini, Tue 8 Dec, 09:00 (Europe/London) · 11:00 for them". */
export function SessionWhen({ session }: { session: SessionLineMetadata }) {
  return (
    <p>
      With {session.practitioner_name}, {sessionTime(session.starts_at, session.customer_timezone)} ({zoneName(session.customer_timezone)})
      {session.practitioner_timezone !== session.customer_timezone && (
        <> · {sessionTime(session.starts_at, session.practitioner_timezone)} for them</>
      )}
    </p>
  )
}

/** The session lines of a cart or an order, with their booking metadata. */
export function sessionLines<T extends { metadata?: Record<string, unknown> | null }>(items: T[]) {
  return items.filter((item) => item.metadata?.booking_id).map((item) => ({ item, session: item.metadata as unknown as SessionLineMetadata }))
}
