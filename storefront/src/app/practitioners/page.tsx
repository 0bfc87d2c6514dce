import type { Metadata } from "next"
import { DirectoryPractitioner, KIND_LABELS, listPractitioners, PublicPractitioner } from "@/lib/data/practitioners"
import { getCurrentRegion } from "@/lib/data/regions"
import { shopperZone } from "@/lib/data/shopper-zone"
import { classifyBackendFailure } from "@/lib/util/backend-failure"
import { freeWhenFrom, freeWhenProblem, freeWhenQuery } from "@/lib/util/free-when"
import { findPlace } from "@/lib/util/places"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { DirectoryFilters } from "@/modules/practitioners/directory-filters"
import { PractitionerCard } from "@/modules/practitioners/practitioner-card"

export const metadata: Metadata = {
  title: "Practitioners",
  description: "Healers, prophets, mediums and counsellors — in person near you or online.",
}

const PAGE_SIZE = 12
type Params = Record<string, string | string[] | undefined>
const one = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)?.trim() || undefined
const all = (value: string | string[] | undefined) => (Array.isArray(value) ? value : value ? [value] : [])

export default async function PractitionersPage({ searchParams }: { searchParams: Promise<Params> }) {
  const params = await searchParams
  const [region, zone] = await Promise.all([getCurrentRegion(), shopperZone()])
  const now = new Date()
  const kind = one(params.kind)
  const city = one(params.city)
  const place = city ? findPlace(city) : undefined
  const near = place ? `${place.lat},${place.lng}` : one(params.near)
  const page = pageFrom(params.page)
  const sort = one(params.sort) ?? (near ? "distance" : "rating")
  const filters = {
    kind: kind && kind in KIND_LABELS ? kind : undefined,
    specialty: one(params.specialty),
    language: one(params.language),
    meeting_mode: one(params.meeting_mode),
    min_rating: one(params.min_rating) ? Number(one(params.min_rating)) : undefined,
    near,
    currency_code: region.currency_code,
  }
  // "Free when I am", on the shopper's clock: the zone always goes with it.
  const freeWhen = freeWhenFrom({
    free: one(params.free),
    free_from: one(params.free_from),
    free_to: one(params.free_to),
    free_days: all(params.free_days),
  })

  let result: { practitioners: DirectoryPractitioner[]; count: number } = { practitioners: [], count: 0 }
  let problem: string | undefined =
    city && !place ? `We do not know “${city}” yet. Try a nearby large city, or use your location.` : freeWhenProblem(freeWhen)
  if (!problem) {
    try {
      result = await listPractitioners({
        ...filters,
        ...freeWhenQuery(freeWhen, zone, now),
        tz: zone,
        sort,
        limit: PAGE_SIZE,
        offset: (page - 1) * PAGE_SIZE,
      })
    } catch (error) {
      // The backend's word on a filter it refuses is shown; an outage goes to the error page.
      if (classifyBackendFailure(error).kind !== "refused") throw error
      problem = (error as Error).message
    }
  }

  const keep = Object.fromEntries(
    Object.entries(params)
      .filter(([key]) => key !== "page")
      // Ticked days come as several free_days; the next page gets them as one.
      .map(([key, value]) => [key, key === "free_days" ? all(value).join(",") || undefined : one(value)])
  )
  return (
    <>
      <h1 className="font-serif text-3xl">{filters.kind ? KIND_LABELS[filters.kind as PublicPractitioner["kind"]] : "Practitioners"}</h1>
      <p className="mt-1 text-ink-soft">Healers, prophets, mediums and counsellors — in person or online.</p>
      <DirectoryFilters
        values={{
          kind: filters.kind,
          specialty: filters.specialty,
          language: filters.language,
          meeting_mode: filters.meeting_mode,
          min_rating: one(params.min_rating),
          city,
          near: city ? undefined : near,
          sort: one(params.sort),
        }}
        freeWhen={
          freeWhen.kind === "custom"
            ? { free: "custom", from: freeWhen.from, to: freeWhen.to, days: freeWhen.days }
            : { free: freeWhen.kind === "preset" ? freeWhen.preset : "", days: [] }
        }
        zone={zone}
        now={now}
      />
      {problem ? (
        <p role="alert" className="mt-6 text-red-800">
          {problem}
        </p>
      ) : (
        <>
          <p className="mt-6 text-sm text-ink-soft" aria-live="polite">
            {result.count} {result.count === 1 ? "practitioner" : "practitioners"}
            {city && place ? ` nearest ${city}` : near ? " nearest you" : ""}
          </p>
          <ul className="mt-3 grid gap-4 md:grid-cols-2" data-testid="directory">
            {result.practitioners.map((p) => (
              <PractitionerCard key={p.id} practitioner={p} zone={zone} />
            ))}
          </ul>
          {!result.practitioners.length && <p className="mt-4 text-ink-soft">Nobody matches these filters yet.</p>}
          <Pagination page={page} pageSize={PAGE_SIZE} count={result.count} path="/practitioners" params={keep} />
        </>
      )}
    </>
  )
}
