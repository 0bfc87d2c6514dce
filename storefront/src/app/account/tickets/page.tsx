import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { listMyTickets } from "@/lib/data/events"
import { listMyReviewable } from "@/lib/data/reviews"
import { AccountNav } from "@/modules/account/account-nav"
import { TicketList } from "@/modules/events/ticket-list"
import { purchaseIds } from "@/modules/reviews/review-words"

export const metadata: Metadata = { title: "My tickets", description: "Your event tickets with their QR codes." }

export default async function TicketsPage() {
  await requireCustomer("/account/tickets")
  const [upcoming, past, mine] = await Promise.all([listMyTickets("upcoming"), listMyTickets("past"), listMyReviewable()])
  const reviewable = purchaseIds(mine.reviewable, "ticket")
  return (
    <>
      <h1 className="font-serif text-3xl">My tickets</h1>
      <div className="mt-4">
        <AccountNav current="tickets" />
      </div>
      {upcoming.tickets.length === 0 ? (
        <p className="text-ink-soft">
          No tickets for events to come.{" "}
          <Link href="/events" className="underline">
            Find an event
          </Link>
        </p>
      ) : (
        <TicketList tickets={upcoming.tickets} label="Upcoming tickets" cancellable reviewable={reviewable} helpLinks />
      )}
      {past.tickets.length > 0 && (
        <>
          <h2 className="mb-2 mt-8 text-lg font-semibold">Past events</h2>
          <TicketList tickets={past.tickets} label="Past tickets" reviewable={reviewable} helpLinks />
        </>
      )}
    </>
  )
}
