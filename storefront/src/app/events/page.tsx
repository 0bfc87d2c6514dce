import type { Metadata } from "next"
import Link from "next/link"
import { EVENT_KIND_LABELS, listEvents, ListedEvent } from "@/lib/data/events"
import { classifyBackendFailure } from "@/lib/util/backend-failure"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { EventCard } from "@/modules/events/event-card"
import { EventFilters } from "@/modules/events/event-filters"
import { findPlace } from "@/lib/util/places"
import { nextDate } from "@/lib/util/zone-time"
import type { EventKind } from "../../../../src/modules/event/values"

export const metadata: Metadata = {
  title: "Events",
  description: "Circles, workshops, ceremonies, retreats and talks — in person and online.",
}

const PAGE_SIZE = 12
/** How far from a city or the shopper's location an event may be. */
const NEAR_KM = 100
type Params = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined

export default async function EventsPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const kind = one(params.kind)
  const format = one(params.format)
  const page = pageFrom(params.page)
  const day = (value: string | undefined) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined)
  const filters = {
    kind: kind && kind in EVENT_KIND_LABELS ? kind : undefined,
    format: format === "online" || format === "in_person" || format === "hybrid" ? format : undefined,
    city: one(params.city),
    near: one(params.near),
    host: one(params.host),
    from: day(one(params.from)),
    to: day(one(params.to)),
  }
  // A city we can place is searched by distance (within 100 km); any other by its name.
  const place = filters.city ? findPlace(filters.city) : undefined
  const where = place
    ? { near: `${place.lat},${place.lng}`, radius_km: NEAR_KM }
    : filters.city
      ? { city: filters.city }
      : filters.near
        ? { near: filters.near, radius_km: NEAR_KM }
        : {}
  let result: { events: ListedEvent[]; count: number } = { events: [], count: 0 }
  let problem: string | undefined
  try {
    result = await listEvents({
      kind: filters.kind,
      format: filters.format,
      host: filters.host,
      from: filters.from,
      // "Until" includes its day.
      to: filters.to ? nextDate(filters.to) : undefined,
      ...where,
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    })
  } catch (error) {
    if (classifyBackendFailure(error).kind !== "refused") throw error
    problem = (error as Error).message
  }
  const link = (change: Record<string, string | undefined>) => {
    const query = new URLSearchParams(
      Object.entries({ ...filters, ...change }).filter((entry): entry is [string, string] => !!entry[1])
    ).toString()
    return query ? `/events?${query}` : "/events"
  }
  return (
    <>
      <h1 className="font-serif text-3xl">{filters.kind ? EVENT_KIND_LABELS[filters.kind as EventKind] : "Events"}</h1>
      <p className="mt-1 text-ink-soft">Circles, workshops, ceremonies, retreats and talks — in person and online.</p>
      <nav aria-label="Kinds of event" className="mt-4 flex flex-wrap gap-2 text-sm">
        <Link href={link({ kind: undefined })} className={filters.kind ? "btn-secondary py-1" : "btn-primary py-1"}>
          All
        </Link>
        {Object.entries(EVENT_KIND_LABELS).map(([value, label]) => (
          <Link key={value} href={link({ kind: value })} className={filters.kind === value ? "btn-primary py-1" : "btn-secondary py-1"}>
            {label}
          </Link>
        ))}
        <Link
          href={link({ format: filters.format === "online" ? undefined : "online" })}
          className={filters.format === "online" ? "btn-primary py-1" : "btn-secondary py-1"}
        >
          Online only
        </Link>
      </nav>
      <EventFilters values={filters} />
      {filters.host && (
        <p className="mt-3 text-sm">
          Hosted by <strong>{result.events[0]?.host?.display_name ?? filters.host}</strong> ·{" "}
          <Link href={link({ host: undefined })} className="underline">
            every host
          </Link>
        </p>
      )}
      {problem && (
        <p role="alert" className="mt-4 text-sm text-red-800">
          {problem}
        </p>
      )}
      {!problem && result.events.length === 0 ? (
        <p className="mt-6 text-ink-soft">No events match. Try fewer filters.</p>
      ) : (
        <ul className="mt-6 grid gap-4 md:grid-cols-2" aria-label="Upcoming events">
          {result.events.map((event) => (
            <EventCard key={event.id} event={event} />
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} count={result.count} path="/events" params={filters} />
    </>
  )
}
