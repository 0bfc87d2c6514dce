import type { Metadata } from "next"
import Link from "next/link"
import { listShopCategories } from "@/lib/data/catalog"
import { pageFrom } from "@/modules/common/pagination"
import { ProductListing } from "@/modules/products/product-listing"
import { sortFrom } from "@/modules/products/sort-links"

export const metadata: Metadata = {
  title: "Shop",
  description: "Crystals, books and tools for your practice, priced in your currency.",
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function StorePage({ searchParams }: Props) {
  const params = await searchParams
  const categories = await listShopCategories()
  return (
    <>
      <h1 className="font-serif text-3xl">Shop</h1>
      <nav aria-label="Categories" className="my-4 flex flex-wrap gap-2">
        {categories.map((c) => (
          <Link key={c.id} href={`/categories/${c.handle}`} className="btn-secondary py-1.5">
            {c.name}
          </Link>
        ))}
      </nav>
      <ProductListing categoryIds={categories.map((c) => c.id)} sort={sortFrom(params.sort)} page={pageFrom(params.page)} path="/store" />
    </>
  )
}
