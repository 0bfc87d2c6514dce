import { listProducts, ProductSort } from "@/lib/data/catalog"
import { getCurrentRegion } from "@/lib/data/regions"
import { Pagination } from "@/modules/common/pagination"
import { ProductGrid } from "./product-card"
import { SortLinks } from "./sort-links"

const PAGE_SIZE = 12

/** A sorted, paged grid of products from some categories (and a search). */
export async function ProductListing(props: { categoryIds: string[]; q?: string; sort: ProductSort; page: number; path: string }) {
  const region = await getCurrentRegion()
  const { products, count } = await listProducts({ ...props, regionId: region.id, pageSize: PAGE_SIZE })
  const params = { q: props.q, sort: props.sort === "newest" ? undefined : props.sort }
  return (
    <section aria-label="Products">
      <div className="mb-4 flex flex-wrap items-center justify-between gap-2">
        <p className="text-sm text-ink-soft" aria-live="polite">
          {count} {count === 1 ? "product" : "products"}
        </p>
        <SortLinks current={props.sort} path={props.path} params={{ q: props.q }} />
      </div>
      <ProductGrid products={products} currency={region.currency_code} />
      <Pagination page={props.page} pageSize={PAGE_SIZE} count={count} path={props.path} params={params} />
    </section>
  )
}
