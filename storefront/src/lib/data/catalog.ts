import "server-only"
import type { HttpTypes } from "@medusajs/types"
import { sdk } from "../config"

/** The categories a shopper browses in the shop; sessions and events have their own pages. */
export const SHOP_CATEGORY_HANDLES = ["crystals", "books", "tools"] as const

export const PRODUCT_SORTS = {
  newest: "Newest",
  price_asc: "Price: low to high",
  price_desc: "Price: high to low",
  title: "Name",
} as const
export type ProductSort = keyof typeof PRODUCT_SORTS

const LIST_FIELDS =
  "id,title,handle,thumbnail,created_at,*variants.calculated_price,+variants.inventory_quantity,variants.manage_inventory,variants.allow_backorder"

export async function listShopCategories(): Promise<HttpTypes.StoreProductCategory[]> {
  const { product_categories } = await sdk.store.category.list({
    handle: [...SHOP_CATEGORY_HANDLES],
    fields: "id,name,handle,description",
  })
  return SHOP_CATEGORY_HANDLES.map((h) => product_categories.find((c) => c.handle === h)).filter(
    (c): c is HttpTypes.StoreProductCategory => !!c
  )
}

export async function getCategory(handle: string) {
  const { product_categories } = await sdk.store.category.list({ handle, fields: "id,name,handle,description" })
  return product_categories[0]
}

/**
 * A page of products priced in the region. Medusa's list cannot order by
 * price, so for a price sort the whole (small) selection is fetched, sorted
 * by each product's cheapest variant, and cut into the page here.
 */
export async function listProducts(options: {
  regionId: string
  categoryIds: string[]
  q?: string
  sort: ProductSort
  page: number
  pageSize: number
}) {
  const filters = {
    region_id: options.regionId,
    category_id: options.categoryIds,
    ...(options.q ? { q: options.q } : {}),
    fields: LIST_FIELDS,
  }
  if (options.sort === "price_asc" || options.sort === "price_desc") {
    const { products, count } = await sdk.store.product.list({ ...filters, limit: 200, offset: 0 })
    const direction = options.sort === "price_asc" ? 1 : -1
    const sorted = [...products].sort((a, b) => direction * (cheapest(a) - cheapest(b)))
    const start = (options.page - 1) * options.pageSize
    return { products: sorted.slice(start, start + options.pageSize), count }
  }
  const { products, count } = await sdk.store.product.list({
    ...filters,
    order: options.sort === "title" ? "title" : "-created_at",
    limit: options.pageSize,
    offset: (options.page - 1) * options.pageSize,
  })
  return { products, count }
}

export async function getProduct(handle: string, regionId: string) {
  const { products } = await sdk.store.product.list({
    handle,
    region_id: regionId,
    fields:
      "id,title,subtitle,handle,description,thumbnail,*images,*options,*options.values,*categories,*variants,*variants.options,*variants.calculated_price,+variants.inventory_quantity,+metadata",
  })
  return products[0]
}

/** The lowest price among the product's variants, in the region's currency. */
export function cheapest(product: HttpTypes.StoreProduct) {
  const amounts = (product.variants ?? [])
    .map((v) => v.calculated_price?.calculated_amount)
    .filter((a): a is number => typeof a === "number")
  return amounts.length ? Math.min(...amounts) : Number.POSITIVE_INFINITY
}

/** Whether a variant can be bought now: untracked, backorderable or in stock. */
export function inStock(variant: HttpTypes.StoreProductVariant) {
  return !variant.manage_inventory || !!variant.allow_backorder || (variant.inventory_quantity ?? 0) > 0
}
