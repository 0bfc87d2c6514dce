import type { SessionLine } from "@/lib/data/bookings"
import { sessionTime, zoneName } from "@/lib/util/session-time"

/** "With Nomvula Dlamini, Tue 8 Dec, 09:00 (Europe/London) · 11:00 for them". */
export function SessionWhen({ session }: { session: SessionLine }) {
  const theirs = session.practitioner?.timezone ?? session.customer_timezone
  return (
    <p>
      With {session.practitioner?.display_name ?? "your practitioner"}, {sessionTime(session.starts_at, session.customer_timezone)} (
      {zoneName(session.customer_timezone)})
      {theirs !== session.customer_timezone && <> · {sessionTime(session.starts_at, theirs)} for them</>}
    </p>
  )
}
