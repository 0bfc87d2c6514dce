import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { BOOKING_VIEWS, BookingView, listOwnBookings, retrieveOwnPractitioner } from "@/lib/data/vendor"
import { zoneName } from "@/lib/util/session-time"
import { OwnBookingCard } from "@/modules/practice/own-booking-card"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = { title: "Your bookings", description: "Sessions clients have booked with you." }

export default async function BookingsPage({ searchParams }: { searchParams: Promise<{ view?: string }> }) {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const requested = (await searchParams).view
  const view: BookingView = requested && requested in BOOKING_VIEWS ? (requested as BookingView) : "upcoming"
  const { bookings, count } = await listOwnBookings(view)
  return (
    <>
      <h1 className="font-serif text-3xl">Your bookings</h1>
      <div className="mt-4">
        <PracticeNav current="bookings" approved />
      </div>
      <nav aria-label="Which bookings" className="mb-4 flex flex-wrap gap-2 text-sm">
        {(Object.keys(BOOKING_VIEWS) as BookingView[]).map((key) => (
          <Link
            key={key}
            href={`/practice/bookings?view=${key}`}
            aria-current={key === view ? "page" : undefined}
            className={`rounded-full border px-3 py-1 ${key === view ? "border-amethyst-700 bg-amethyst-50" : "border-ink/20"}`}
          >
            {BOOKING_VIEWS[key].label}
          </Link>
        ))}
      </nav>
      <p className="mb-3 text-sm text-ink-soft">
        Times in your zone ({zoneName(me.timezone)}). {count} in all.
      </p>
      {bookings.length === 0 ? (
        <p className="text-ink-soft">Nothing here.</p>
      ) : (
        <ul className="space-y-3" aria-label={BOOKING_VIEWS[view].label}>
          {bookings.map((b) => (
            <OwnBookingCard key={b.id} booking={b} zone={me.timezone} />
          ))}
        </ul>
      )}
    </>
  )
}
