import type { HttpTypes } from "@medusajs/types"
import { ServerImage } from "@/modules/common/server-image"
import Link from "next/link"
import { inStock } from "@/lib/data/catalog"
import { VariantPicker, PickerVariant } from "./variant-picker"

/** A product's pictures, choices and description; `save` is its Save control, under the title. */
export function ProductDetails({ product, currency, save }: { product: HttpTypes.StoreProduct; currency: string; save?: React.ReactNode }) {
  const images = product.images?.length ? product.images.map((i) => i.url) : product.thumbnail ? [product.thumbnail] : []
  const category = product.categories?.[0]
  const ranked = [...(product.variants ?? [])].sort((a, b) => (a.variant_rank ?? 0) - (b.variant_rank ?? 0))
  const variants: PickerVariant[] = ranked.map((v) => ({
    id: v.id,
    title: v.title ?? "",
    options: Object.fromEntries((v.options ?? []).map((o) => [o.option_id!, o.value])),
    amount: v.calculated_price?.calculated_amount ?? null,
    available: inStock(v),
    lowStock:
      !!v.manage_inventory && !v.allow_backorder && (v.inventory_quantity ?? 0) > 0 && (v.inventory_quantity ?? 0) <= 5
        ? (v.inventory_quantity ?? 0)
        : null,
  }))
  const options = (product.options ?? []).map((o) => ({
    id: o.id,
    title: o.title,
    values: [...new Set((o.values ?? []).map((v) => v.value))],
  }))
  return (
    <article className="grid gap-8 md:grid-cols-2">
      <div className="flex flex-col gap-3">
        {images.map((url, i) => (
          <div key={url} className="relative aspect-square overflow-hidden rounded-2xl bg-sand-100">
            <ServerImage
              src={url}
              alt={i === 0 ? product.title : ""}
              fill
              priority={i === 0}
              sizes="(max-width: 768px) 100vw, 50vw"
              className="object-cover"
            />
          </div>
        ))}
      </div>
      <div>
        {category && (
          <p className="text-sm">
            <Link href={`/categories/${category.handle}`} className="text-ink-soft hover:text-ink">
              {category.name}
            </Link>
          </p>
        )}
        <h1 className="mt-1 font-serif text-3xl">{product.title}</h1>
        {product.subtitle && <p className="mt-1 text-ink-soft">{product.subtitle}</p>}
        {save && <div className="mt-3">{save}</div>}
        <VariantPicker variants={variants} options={options} currency={currency} />
        {product.description && (
          <div className="mt-8 space-y-3 text-sm leading-relaxed text-ink-soft">
            {product.description.split(/\n+/).map((paragraph, i) => (
              <p key={i}>{paragraph}</p>
            ))}
          </div>
        )}
      </div>
    </article>
  )
}
