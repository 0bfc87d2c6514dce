import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { EVENT_KIND_LABELS, getEvent, ticketPrices } from "@/lib/data/events"
import { getCurrentRegion } from "@/lib/data/regions"
import { eventDateRange, seatsLeftText } from "@/lib/util/event-time"
import { formatMoney } from "@/lib/util/money"
import { zoneName } from "@/lib/util/session-time"
import { TicketForm, TicketOption } from "@/modules/events/ticket-form"
import { WaitlistDate, WaitlistForm } from "@/modules/events/waitlist-form"
import { ShopperTime } from "@/modules/events/shopper-time"
import { retrieveCustomer } from "@/lib/data/customer"
import { savedState } from "@/lib/data/favourites"
import { SaveControl } from "@/modules/favourites/save-control"
import { ReviewParams, ReviewsSection } from "@/modules/reviews/reviews-section"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<ReviewParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const event = await getEvent((await params).handle)
  if (!event) return { title: "Not found" }
  return { title: event.title, description: (event.description ?? "").slice(0, 160) }
}

export default async function EventPage({ params, searchParams }: Props) {
  const [event, region, customer, reviewParams] = await Promise.all([
    getEvent((await params).handle),
    getCurrentRegion(),
    retrieveCustomer(),
    searchParams,
  ])
  if (!event) notFound()
  const [prices, saved] = await Promise.all([
    event.product_id ? ticketPrices(event.product_id, region.id) : new Map<string, { amount: number; currency_code: string }>(),
    customer ? savedState("event", event.id) : null,
  ])
  const options: TicketOption[] = event.dates.flatMap((date) =>
    date.seats_left <= 0
      ? []
      : date.tickets
          .filter((ticket) => ticket.on_sale && prices.has(ticket.variant_id))
          .map((ticket) => {
            const price = prices.get(ticket.variant_id)!
            return {
              variantId: ticket.variant_id,
              label: `${eventDateRange(date.starts_at, date.ends_at, event.timezone)} · ${ticket.name} · ${formatMoney(price.amount, price.currency_code)}`,
              max: Math.min(ticket.per_order_limit, date.seats_left),
            }
          })
  )
  const soldOut: WaitlistDate[] = event.dates
    .filter((date) => date.seats_left <= 0 && date.tickets.length > 0)
    .map((date) => ({
      id: date.id,
      label: eventDateRange(date.starts_at, date.ends_at, event.timezone),
      maxQuantity: Math.max(...date.tickets.map((ticket) => ticket.per_order_limit)),
    }))
  const place =
    event.format === "online"
      ? "Online — the link comes with your ticket"
      : [event.venue_name, event.venue_address, event.city].filter(Boolean).join(", ")
  return (
    <article className="grid gap-8 lg:grid-cols-[1fr_380px]">
      <div>
        <p className="text-sm">
          <Link href={`/events?kind=${event.kind}`} className="text-ink-soft hover:text-ink">
            {EVENT_KIND_LABELS[event.kind]}
          </Link>{" "}
          /
        </p>
        <h1 className="mt-2 font-serif text-3xl">{event.title}</h1>
        {event.host && (
          <p className="text-ink-soft">
            Hosted by{" "}
            <Link href={`/practitioners/${event.host.handle}`} className="underline">
              {event.host.display_name}
            </Link>
          </p>
        )}
        <div className="mt-3">
          <SaveControl
            targetType="event"
            targetId={event.id}
            saved={saved}
            signedIn={!!customer}
            path={`/events/${encodeURIComponent(event.handle)}`}
          />
        </div>
        <p className="mt-3">{place}</p>
        {event.format === "hybrid" && <p className="text-sm text-ink-soft">Or join online: the link comes with your ticket.</p>}
        {event.description && <p className="mt-4 leading-relaxed">{event.description}</p>}
        <h2 className="mt-8 text-lg font-semibold">Dates</h2>
        <p className="text-xs text-ink-soft">Times in the event&apos;s zone ({zoneName(event.timezone)}).</p>
        <ul className="mt-2 space-y-2" aria-label="Dates">
          {event.dates.map((date) => {
            const seats = seatsLeftText(date.seats_left, date.capacity)
            return (
              <li key={date.id} className="flex flex-wrap items-baseline justify-between gap-2" data-testid="event-date">
                <span>
                  {eventDateRange(date.starts_at, date.ends_at, event.timezone)}
                  <ShopperTime startsAt={date.starts_at} endsAt={date.ends_at} eventZone={event.timezone} />
                </span>
                {seats && (
                  <span className={date.seats_left ? "text-sm text-amber-800" : "text-sm font-semibold text-red-800"}>{seats}</span>
                )}
              </li>
            )
          })}
        </ul>
        <ReviewsSection
          targetType="event"
          targetId={event.id}
          params={reviewParams}
          path={`/events/${encodeURIComponent(event.handle)}`}
          signedIn={!!customer}
        />
      </div>
      <aside className="card h-fit p-5">
        <h2 className="mb-3 text-lg font-semibold">Tickets</h2>
        <TicketForm options={options} />
        {soldOut.length > 0 && (
          <div className="mt-6 border-t border-amethyst-100 pt-4">
            <WaitlistForm dates={soldOut} signedInEmail={customer?.email ?? null} />
          </div>
        )}
      </aside>
    </article>
  )
}
