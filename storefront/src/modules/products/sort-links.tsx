import Link from "next/link"
import { PRODUCT_SORTS, ProductSort } from "@/lib/data/catalog"

/** Sort choices as links, so sorting works without JavaScript and can be shared. */
export function SortLinks({ current, path, params }: { current: ProductSort; path: string; params: Record<string, string | undefined> }) {
  return (
    <nav aria-label="Sort products" className="flex flex-wrap gap-2 text-sm">
      <span className="text-ink-soft">Sort:</span>
      {(Object.keys(PRODUCT_SORTS) as ProductSort[]).map((sort) => {
        const query = new URLSearchParams(Object.entries({ ...params, sort: sort as string }).filter((e): e is [string, string] => !!e[1]))
        return (
          <Link
            key={sort}
            href={`${path}?${query}`}
            aria-current={sort === current ? "true" : undefined}
            className={sort === current ? "font-semibold text-amethyst-700 underline" : "hover:text-amethyst-700"}
          >
            {PRODUCT_SORTS[sort]}
          </Link>
        )
      })}
    </nav>
  )
}

export function sortFrom(value: string | string[] | undefined): ProductSort {
  const sort = Array.isArray(value) ? value[0] : value
  return sort && sort in PRODUCT_SORTS ? (sort as ProductSort) : "newest"
}
