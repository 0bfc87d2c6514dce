import type { Metadata } from "next"
import Link from "next/link"
import { listMyBookings, type MyBooking } from "@/lib/data/bookings"
import { requireCustomer } from "@/lib/data/customer"
import { listMyReviewable } from "@/lib/data/reviews"
import { formatMoney } from "@/lib/util/money"
import { sessionTime } from "@/lib/util/session-time"
import { AccountNav } from "@/modules/account/account-nav"
import { SessionCard } from "@/modules/account/session-card"
import { purchaseIds } from "@/modules/reviews/review-words"
import { WriteReviewLink } from "@/modules/reviews/write-review-link"
import { GetHelpLink } from "@/modules/support/get-help-link"

/** The statuses a past session can have, as its client reads them. */
const PAST_STATUS: Partial<Record<MyBooking["status"], string>> = {
  completed: "Completed",
  confirmed: "Not yet marked completed by your practitioner",
  no_show: "Marked as missed",
}

export const metadata: Metadata = { title: "My sessions", description: "Your booked sessions: times, links, cancelling." }

export default async function SessionsPage() {
  await requireCustomer("/account/sessions")
  const [upcoming, past, cancelled, mine] = await Promise.all([
    listMyBookings("upcoming"),
    listMyBookings("past"),
    listMyBookings("cancelled"),
    listMyReviewable(),
  ])
  const reviewable = purchaseIds(mine.reviewable, "booking")
  const reviewed = purchaseIds(mine.reviews, "booking")
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
      {past.bookings.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Past sessions</h2>
          <ul className="divide-y divide-ink/10 text-sm" aria-label="Past sessions">
            {past.bookings.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-2 py-2" data-testid="past-session">
                <span>
                  {b.practitioner?.display_name}, {sessionTime(b.starts_at, b.customer_timezone)}
                  <span className="text-ink-soft"> · {PAST_STATUS[b.status] ?? b.status}</span>
                </span>
                <span className="flex flex-wrap gap-3">
                  {reviewable.has(b.id) ? (
                    <WriteReviewLink purchaseType="booking" purchaseId={b.id} />
                  ) : (
                    reviewed.has(b.id) && (
                      <Link href="/account/reviews" className="text-ink-soft underline">
                        Your review
                      </Link>
                    )
                  )}
                  <GetHelpLink category="session" linkId={b.id} />
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
      {cancelled.bookings.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Cancelled</h2>
          <ul className="space-y-2 text-sm text-ink-soft" aria-label="Cancelled sessions">
            {cancelled.bookings.map((b) => (
              <li key={b.id} className="flex flex-wrap items-center justify-between gap-2" data-testid="cancelled-session">
                <span>
                  {b.practitioner?.display_name}, {sessionTime(b.starts_at, b.customer_timezone)} — refunded{" "}
                  {formatMoney(Number(b.refund_amount ?? 0), b.order?.currency_code ?? "zar")}
                </span>
                <GetHelpLink category="session" linkId={b.id} className="text-ink underline" />
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  )
}
