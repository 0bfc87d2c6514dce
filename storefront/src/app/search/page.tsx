import type { Metadata } from "next"
import { listShopCategories } from "@/lib/data/catalog"
import { pageFrom } from "@/modules/common/pagination"
import { ProductListing } from "@/modules/products/product-listing"
import { sortFrom } from "@/modules/products/sort-links"

export const metadata: Metadata = { title: "Search", description: "Search Avenrae's crystals, books and tools." }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function SearchPage({ searchParams }: Props) {
  const params = await searchParams
  const q = (Array.isArray(params.q) ? params.q[0] : params.q)?.trim().slice(0, 100) || undefined
  const categories = await listShopCategories()
  return (
    <>
      <h1 className="font-serif text-3xl">Search</h1>
      <form role="search" action="/search" className="my-6 flex max-w-xl gap-2">
        <label htmlFor="q" className="sr-only">
          Search products
        </label>
        <input id="q" name="q" type="search" defaultValue={q} placeholder="Amethyst, tarot, singing bowl…" className="field" />
        <button type="submit" className="btn-primary">
          Search
        </button>
      </form>
      {q ? (
        <ProductListing
          categoryIds={categories.map((c) => c.id)}
          q={q}
          sort={sortFrom(params.sort)}
          page={pageFrom(params.page)}
          path="/search"
        />
      ) : (
        <p className="text-ink-soft">Type what you are looking for.</p>
      )}
    </>
  )
}
