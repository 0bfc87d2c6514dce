import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { getCategory, SHOP_CATEGORY_HANDLES } from "@/lib/data/catalog"
import { pageFrom } from "@/modules/common/pagination"
import { ProductListing } from "@/modules/products/product-listing"
import { sortFrom } from "@/modules/products/sort-links"

type Props = {
  params: Promise<{ handle: string }>
  searchParams: Promise<Record<string, string | string[] | undefined>>
}

async function shopCategory(handle: string) {
  if (!(SHOP_CATEGORY_HANDLES as readonly string[]).includes(handle)) return undefined
  return getCategory(handle)
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const category = await shopCategory((await params).handle)
  return category ? { title: category.name, description: category.description || `${category.name} at Avenrae.` } : { title: "Not found" }
}

export default async function CategoryPage({ params, searchParams }: Props) {
  const { handle } = await params
  const query = await searchParams
  const category = await shopCategory(handle)
  if (!category) notFound()
  return (
    <>
      <p className="text-sm">
        <Link href="/store" className="text-ink-soft hover:text-ink">
          Shop
        </Link>{" "}
        /
      </p>
      <h1 className="font-serif text-3xl">{category.name}</h1>
      {category.description && <p className="mt-2 max-w-2xl text-ink-soft">{category.description}</p>}
      <div className="mt-6">
        <ProductListing
          categoryIds={[category.id]}
          sort={sortFrom(query.sort)}
          page={pageFrom(query.page)}
          path={`/categories/${category.handle}`}
        />
      </div>
    </>
  )
}
