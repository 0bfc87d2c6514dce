import type { HttpTypes } from "@medusajs/types"
import { ServerImage } from "@/modules/common/server-image"
import Link from "next/link"
import { cheapest, inStock } from "@/lib/data/catalog"
import { formatMoney } from "@/lib/util/money"

export function ProductCard({ product, currency }: { product: HttpTypes.StoreProduct; currency: string }) {
  const from = cheapest(product)
  const available = (product.variants ?? []).some(inStock)
  const several = new Set((product.variants ?? []).map((v) => v.calculated_price?.calculated_amount)).size > 1
  return (
    <li className="card overflow-hidden" data-testid="product-card">
      <Link href={`/products/${product.handle}`} className="group block">
        <div className="relative aspect-square bg-sand-100">
          {product.thumbnail && (
            <ServerImage
              src={product.thumbnail}
              alt=""
              fill
              sizes="(max-width: 640px) 50vw, 25vw"
              className="object-cover transition group-hover:scale-[1.02]"
            />
          )}
          {!available && <span className="absolute left-2 top-2 rounded-full bg-ink px-2 py-0.5 text-xs text-white">Sold out</span>}
        </div>
        <div className="p-3">
          <h3 className="text-sm font-medium group-hover:text-amethyst-700">{product.title}</h3>
          <p className="mt-1 text-sm text-ink-soft">
            {Number.isFinite(from) ? `${several ? "From " : ""}${formatMoney(from, currency)}` : "Price on request"}
          </p>
        </div>
      </Link>
    </li>
  )
}

export function ProductGrid({ products, currency }: { products: HttpTypes.StoreProduct[]; currency: string }) {
  if (!products.length) return <p className="text-ink-soft">Nothing here yet.</p>
  return (
    <ul className="grid grid-cols-2 gap-4 sm:grid-cols-3 lg:grid-cols-4">
      {products.map((p) => (
        <ProductCard key={p.id} product={p} currency={currency} />
      ))}
    </ul>
  )
}
