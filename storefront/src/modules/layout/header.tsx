import Link from "next/link"
import { retrieveCart } from "@/lib/data/cart"
import { retrieveCustomer } from "@/lib/data/customer"
import { getCurrentRegion, listRegions } from "@/lib/data/regions"
import { reportedZone } from "@/lib/data/shopper-zone"
import { RegionSelect } from "./region-select"
import { RememberZone } from "./remember-zone"

export async function Header() {
  const [cart, customer, regions, region, zone] = await Promise.all([
    retrieveCart(),
    retrieveCustomer(),
    listRegions(),
    getCurrentRegion(),
    reportedZone(),
  ])
  const itemCount = (cart?.items ?? []).reduce((sum, item) => sum + item.quantity, 0)
  return (
    <header className="border-b border-ink/10 bg-white">
      <RememberZone known={zone} />
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-6 gap-y-3 px-4 py-4 sm:px-6">
        <Link href="/" className="font-serif text-2xl text-amethyst-800">
          Avenrae
        </Link>
        <nav aria-label="Main" className="flex flex-1 flex-wrap items-center gap-x-5 gap-y-2 text-sm">
          <Link href="/store" className="hover:text-amethyst-700">
            Shop
          </Link>
          <Link href="/practitioners" className="hover:text-amethyst-700">
            Practitioners
          </Link>
          <Link href="/events" className="hover:text-amethyst-700">
            Events
          </Link>
          <Link href="/search" className="hover:text-amethyst-700">
            Search
          </Link>
          <Link href="/practice" className="hover:text-amethyst-700">
            For practitioners
          </Link>
        </nav>
        <div className="flex items-center gap-4 text-sm">
          <RegionSelect regions={regions.map((r) => ({ id: r.id, name: r.name, currency: r.currency_code }))} current={region.id} />
          <Link href="/account" className="whitespace-nowrap hover:text-amethyst-700">
            {customer ? `Hi, ${customer.first_name || "there"}` : "Log in"}
          </Link>
          <Link href="/cart" className="btn-secondary whitespace-nowrap px-4 py-1.5" data-testid="cart-link">
            Cart <span aria-label={`${itemCount} items`}>({itemCount})</span>
          </Link>
        </div>
      </div>
    </header>
  )
}
