import Link from "next/link"
import { getCategory, listProducts } from "@/lib/data/catalog"
import { listEvents } from "@/lib/data/events"
import { listPractitioners } from "@/lib/data/practitioners"
import { getCurrentRegion } from "@/lib/data/regions"
import { shopperZone } from "@/lib/data/shopper-zone"
import { EventCard } from "@/modules/events/event-card"
import { PractitionerCard } from "@/modules/practitioners/practitioner-card"
import { ProductGrid } from "@/modules/products/product-card"

export default async function HomePage() {
  const [region, zone] = await Promise.all([getCurrentRegion(), shopperZone()])
  const crystals = await getCategory("crystals")
  const [{ products }, { practitioners }, { events }] = await Promise.all([
    crystals
      ? listProducts({ regionId: region.id, categoryIds: [crystals.id], sort: "newest", page: 1, pageSize: 4 })
      : Promise.resolve({ products: [] }),
    listPractitioners({ sort: "rating", limit: 3, offset: 0, currency_code: region.currency_code, tz: zone }),
    listEvents({ limit: 4, offset: 0 }),
  ])
  return (
    <>
      <section className="rounded-3xl bg-amethyst-800 px-6 py-12 text-white sm:px-12">
        <h1 className="max-w-2xl font-serif text-4xl leading-tight sm:text-5xl">Crystals, healers and readings — in one cart.</h1>
        <p className="mt-4 max-w-xl text-amethyst-100">
          Choose a stone, book a session with a healer, prophet, medium or counsellor, and pay once.
        </p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href="/store" className="btn bg-white text-amethyst-800 hover:bg-amethyst-50">
            Shop crystals
          </Link>
          <Link href="/practitioners" className="btn border border-white text-white hover:bg-amethyst-700">
            Find a practitioner
          </Link>
        </div>
      </section>

      <section className="mt-12" aria-labelledby="featured-crystals">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="featured-crystals" className="font-serif text-2xl">
            Featured crystals
          </h2>
          <Link href="/categories/crystals" className="text-sm text-amethyst-700 hover:underline">
            All crystals
          </Link>
        </div>
        <ProductGrid products={products} currency={region.currency_code} />
      </section>

      <section className="mt-12" aria-labelledby="featured-practitioners">
        <div className="mb-4 flex items-baseline justify-between">
          <h2 id="featured-practitioners" className="font-serif text-2xl">
            Practitioners
          </h2>
          <Link href="/practitioners" className="text-sm text-amethyst-700 hover:underline">
            Everyone
          </Link>
        </div>
        <ul className="grid gap-4 md:grid-cols-3">
          {practitioners.map((p) => (
            <PractitionerCard key={p.id} practitioner={p} zone={zone} />
          ))}
        </ul>
      </section>

      {events.length > 0 && (
        <section className="mt-12" aria-labelledby="upcoming-events">
          <div className="mb-4 flex items-baseline justify-between">
            <h2 id="upcoming-events" className="font-serif text-2xl">
              Coming up
            </h2>
            <Link href="/events" className="text-sm text-amethyst-700 hover:underline">
              All events
            </Link>
          </div>
          <ul className="grid gap-4 md:grid-cols-2">
            {events.map((event) => (
              <EventCard key={event.id} event={event} />
            ))}
          </ul>
        </section>
      )}
    </>
  )
}
