import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { listEvents } from "@/lib/data/events"
import { retrieveCustomer } from "@/lib/data/customer"
import { savedState } from "@/lib/data/favourites"
import { getPractitioner } from "@/lib/data/practitioners"
import { getCurrentRegion } from "@/lib/data/regions"
import { EventCard } from "@/modules/events/event-card"
import { SaveControl } from "@/modules/favourites/save-control"
import { Avatar } from "@/modules/practitioners/practitioner-card"
import { MeetingModes, RatingSummary, VerifiedBadge } from "@/modules/practitioners/practitioner-facts"
import { OfferingList } from "@/modules/practitioners/offering-list"
import { SlotPicker } from "@/modules/practitioners/slot-picker"
import { ReviewParams, ReviewsSection } from "@/modules/reviews/reviews-section"
import { zoneName } from "@/lib/util/session-time"

type Props = { params: Promise<{ handle: string }>; searchParams: Promise<ReviewParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const practitioner = await getPractitioner((await params).handle)
  if (!practitioner) return { title: "Not found" }
  return {
    title: `${practitioner.display_name}, ${practitioner.kind}`,
    description: practitioner.bio.slice(0, 160),
  }
}

export default async function PractitionerPage({ params, searchParams }: Props) {
  const [practitioner, region, customer, reviewParams] = await Promise.all([
    getPractitioner((await params).handle),
    getCurrentRegion(),
    retrieveCustomer(),
    searchParams,
  ])
  if (!practitioner) notFound()
  const [{ events }, saved] = await Promise.all([
    listEvents({ host: practitioner.handle, limit: 6, offset: 0 }),
    customer ? savedState("practitioner", practitioner.id) : null,
  ])
  const p = practitioner
  return (
    <article className="grid gap-8 lg:grid-cols-[1fr_360px]">
      <div>
        <p className="text-sm">
          <Link href={`/practitioners?kind=${p.kind}`} className="capitalize text-ink-soft hover:text-ink">
            {p.kind}s
          </Link>{" "}
          /
        </p>
        <header className="mt-2 flex items-center gap-5">
          <Avatar practitioner={p} size={96} />
          <div>
            <h1 className="font-serif text-3xl">
              {p.display_name} {p.verified && <VerifiedBadge />}
            </h1>
            <p className="text-ink-soft">
              <span className="capitalize">{p.kind}</span> · {p.city ?? "Online"}
              {p.country_code ? `, ${p.country_code.toUpperCase()}` : ""}
            </p>
            <p className="mt-1 text-sm text-ink-soft">
              <RatingSummary average={p.rating.average} count={p.rating.count} />
            </p>
          </div>
        </header>
        <div className="mt-4">
          <SaveControl
            targetType="practitioner"
            targetId={p.id}
            saved={saved}
            signedIn={!!customer}
            path={`/practitioners/${encodeURIComponent(p.handle)}`}
            notifyName={p.display_name}
          />
        </div>
        <dl className="mt-6 grid gap-3 text-sm sm:grid-cols-2">
          <Fact label="Specialties" value={p.specialties.join(", ")} />
          <Fact label="Languages" value={p.languages.join(", ")} />
          <Fact label="Experience" value={`${p.years_of_experience} years`} />
          <div>
            <dt className="text-ink-soft">Meets</dt>
            <dd>
              <MeetingModes modes={p.meeting_modes} />
            </dd>
          </div>
          <Fact label="Time zone" value={zoneName(p.timezone)} />
        </dl>
        <div className="mt-6 space-y-3 leading-relaxed">
          {p.bio.split(/\n+/).map((paragraph, i) => (
            <p key={i}>{paragraph}</p>
          ))}
        </div>
        {events.length > 0 && (
          <section className="mt-10" aria-labelledby="hosted-events">
            <h2 id="hosted-events" className="font-serif text-2xl">
              Events with {p.display_name.split(" ")[0]}
            </h2>
            <ul className="mt-3 grid gap-4 md:grid-cols-2">
              {events.map((event) => (
                <EventCard key={event.id} event={event} />
              ))}
            </ul>
          </section>
        )}
        {p.products.length > 0 && (
          <section className="mt-10" aria-labelledby="also-sells">
            <h2 id="also-sells" className="font-serif text-2xl">
              Also from {p.display_name.split(" ")[0]}
            </h2>
            <ul className="mt-3 flex flex-wrap gap-3">
              {p.products.map((product) => (
                <li key={product.id}>
                  <Link href={`/products/${product.handle}`} className="btn-secondary py-1.5">
                    {product.title}
                  </Link>
                </li>
              ))}
            </ul>
          </section>
        )}
        <ReviewsSection
          targetType="practitioner"
          targetId={p.id}
          params={reviewParams}
          path={`/practitioners/${encodeURIComponent(p.handle)}`}
          signedIn={!!customer}
        />
      </div>
      <aside aria-labelledby="offerings" className="space-y-4">
        <h2 id="offerings" className="font-serif text-2xl">
          Sessions
        </h2>
        <OfferingList offerings={p.offerings} currency={region.currency_code} />
        <section className="card p-4" aria-labelledby="book">
          <h3 id="book" className="mb-3 font-medium">
            Book a time
          </h3>
          <SlotPicker
            handle={p.handle}
            practitionerZone={p.timezone}
            choices={p.offerings.flatMap((o) => o.variants.map((v) => ({ variantId: v.id, label: `${o.title} — ${v.title}` })))}
          />
        </section>
      </aside>
    </article>
  )
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <dt className="text-ink-soft">{label}</dt>
      <dd>{value || "—"}</dd>
    </div>
  )
}
