import type { Metadata } from "next"
import Link from "next/link"
import { listMyBookings } from "@/lib/data/bookings"
import { requireCustomer } from "@/lib/data/customer"
import { formatMoney } from "@/lib/util/money"
import { sessionTime } from "@/lib/util/session-time"
import { AccountNav } from "@/modules/account/account-nav"
import { SessionCard } from "@/modules/account/session-card"

export const metadata: Metadata = { title: "My sessions", description: "Your booked sessions: times, links, cancelling." }

export default async function SessionsPage() {
  await requireCustomer("/account/sessions")
  const [upcoming, cancelled] = await Promise.all([listMyBookings("upcoming"), listMyBookings("cancelled")])
  return (
    <>
      <h1 className="font-serif text-3xl">My sessions</h1>
      <div className="mt-4">
        <AccountNav current="sessions" />
      </div>
      {upcoming.bookings.length === 0 ? (
        <p className="text-ink-soft">
          No sessions coming up.{" "}
          <Link href="/practitioners" className="underline">
            Find a practitioner
          </Link>
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Upcoming sessions">
          {upcoming.bookings.map((b) => (
            <SessionCard key={b.id} booking={b} />
          ))}
        </ul>
      )}
      {cancelled.bookings.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Cancelled</h2>
          <ul className="space-y-2 text-sm text-ink-soft" aria-label="Cancelled sessions">
            {cancelled.bookings.map((b) => (
              <li key={b.id} data-testid="cancelled-session">
                {b.practitioner?.display_name}, {sessionTime(b.starts_at, b.customer_timezone)} — refunded{" "}
                {formatMoney(Number(b.refund_amount ?? 0), b.order?.currency_code ?? "zar")}
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
