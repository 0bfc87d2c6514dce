import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getEvent, getWaitlistOffer, ticketPrices } from "@/lib/data/events"
import { getCurrentRegion } from "@/lib/data/regions"
import { eventDateRange } from "@/lib/util/event-time"
import { formatMoney } from "@/lib/util/money"
import { sessionTime, zoneName } from "@/lib/util/session-time"
import { TicketForm, TicketOption } from "@/modules/events/ticket-form"

export const metadata: Metadata = { title: "Your seats from the waitlist", robots: { index: false } }

type Props = { params: Promise<{ token: string }> }

/**
 * Where a waitlist offer's link opens: the seats it keeps, until when, and
 * the ticket form for that date — adding the tickets puts the kept seats in
 * this browser's cart (the link works once).
 */
export default async function WaitlistOfferPage({ params }: Props) {
  const { token } = await params
  const { offer, problem } = await getWaitlistOffer(token)
  if (!offer) {
    return (
      <section className="mx-auto max-w-xl">
        <h1 className="font-serif text-3xl">This offer is no longer open</h1>
        <p className="mt-3" data-testid="offer-problem">
          {problem ?? "The link is not known."}
        </p>
        <p className="mt-3">
          <Link href="/events" className="underline">
            See events with seats
          </Link>
        </p>
      </section>
    )
  }
  const [event, region] = await Promise.all([getEvent(offer.event.handle), getCurrentRegion()])
  const date = event?.dates.find((d) => d.id === offer.date.id)
  if (!event || !date) notFound()
  const prices = event.product_id ? await ticketPrices(event.product_id, region.id) : new Map()
  const options: TicketOption[] = date.tickets
    .filter((ticket) => ticket.on_sale && prices.has(ticket.variant_id))
    .map((ticket) => {
      const price = prices.get(ticket.variant_id)!
      return {
        variantId: ticket.variant_id,
        label: `${ticket.name} · ${formatMoney(price.amount, price.currency_code)}`,
        max: Math.min(ticket.per_order_limit, offer.quantity),
      }
    })
  return (
    <section className="mx-auto grid max-w-4xl gap-8 lg:grid-cols-[1fr_380px]">
      <div>
        <h1 className="font-serif text-3xl">Your seats from the waitlist</h1>
        <p className="mt-3 text-lg">{offer.event.title}</p>
        <p>
          {eventDateRange(offer.date.starts_at, offer.date.ends_at, offer.event.timezone)} ({zoneName(offer.event.timezone)})
        </p>
        <p className="mt-3" data-testid="offer-kept">
          {offer.quantity} {offer.quantity === 1 ? "seat is" : "seats are"} kept for you until{" "}
          {sessionTime(offer.expires_at, offer.event.timezone, "long")}. Name who is coming and check out; after that the seats go to the
          next person waiting.
        </p>
      </div>
      <aside className="card h-fit p-5">
        <h2 className="mb-3 text-lg font-semibold">Tickets</h2>
        <TicketForm options={options} waitlistToken={token} />
        <p className="mt-4 text-sm">
          <Link href="/cart" className="underline">
            Go to your cart
          </Link>
        </p>
      </aside>
    </section>
  )
}
