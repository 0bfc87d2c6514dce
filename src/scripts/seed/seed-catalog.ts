import fs from "node:fs"
import path from "node:path"
import { ExecArgs, SalesChannelDTO, StockLocationDTO } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules, ProductStatus } from "@medusajs/framework/utils"
import {
  createInventoryLevelsWorkflow,
  createProductCategoriesWorkflow,
  createProductsWorkflow,
  uploadFilesWorkflow,
} from "@medusajs/medusa/core-flows"
import { PRODUCTS, ProductSeed } from "./data/catalog"
import { CATEGORIES } from "./data/store-setup"

type Container = ExecArgs["container"]
const IMAGES_DIR = findImagesDir(__dirname)

/** Categories, the crystals/books/tools with their images, and their stock. */
export async function seedCatalog(
  container: Container,
  context: { salesChannel: SalesChannelDTO; location: StockLocationDTO; shippingProfileId: string }
) {
  const categoryIds = await seedCategories(container)
  const productService = container.resolve(Modules.PRODUCT)
  const existing = await productService.listProducts({ handle: PRODUCTS.map((p) => p.handle) }, { select: ["handle"] })
  const missing = PRODUCTS.filter((p) => !existing.some((e) => e.handle === p.handle))
  for (const seed of missing) {
    const imageUrl = await uploadImage(container, seed.image)
    await createProductsWorkflow(container).run({
      input: {
        products: [toProductInput(seed, imageUrl, categoryIds, context)],
      },
    })
  }
  await seedStockLevels(container, context.location.id)
}

async function seedCategories(container: Container) {
  const productService = container.resolve(Modules.PRODUCT)
  const found = await productService.listProductCategories({
    handle: CATEGORIES.map((c) => c.handle),
  })
  const missing = CATEGORIES.filter((c) => !found.some((f) => f.handle === c.handle))
  if (missing.length) {
    const { result } = await createProductCategoriesWorkflow(container).run({
      input: {
        product_categories: missing.map((c) => ({ ...c, is_active: true, is_internal: false })),
      },
    })
    found.push(...result)
  }
  return Object.fromEntries(found.map((c) => [c.handle, c.id]))
}

async function uploadImage(container: Container, file: string) {
  const content = fs.readFileSync(path.join(IMAGES_DIR, file)).toString("base64")
  const { result } = await uploadFilesWorkflow(container).run({
    input: { files: [{ filename: file, mimeType: "image/png", content, access: "public" }] },
  })
  return result[0].url
}

function toProductInput(
  seed: ProductSeed,
  imageUrl: string,
  categoryIds: Record<string, string>,
  context: { salesChannel: SalesChannelDTO; shippingProfileId: string }
) {
  return {
    title: seed.title,
    subtitle: seed.subtitle,
    handle: seed.handle,
    description: seed.description,
    status: ProductStatus.PUBLISHED,
    material: seed.material,
    origin_country: seed.origin_country,
    weight: Math.max(...seed.variants.map((v) => v.weight)),
    thumbnail: imageUrl,
    images: [{ url: imageUrl }],
    category_ids: [categoryIds[seed.category]],
    shipping_profile_id: context.shippingProfileId,
    sales_channels: [{ id: context.salesChannel.id }],
    options: [{ title: seed.option, values: seed.variants.map((v) => v.value) }],
    variants: seed.variants.map((variant) => ({
      title: variant.value,
      sku: variant.sku,
      weight: variant.weight,
      manage_inventory: true,
      allow_backorder: false,
      options: { [seed.option]: variant.value },
      prices: [
        { currency_code: "zar", amount: variant.prices[0] },
        { currency_code: "usd", amount: variant.prices[1] },
        { currency_code: "eur", amount: variant.prices[2] },
      ],
    })),
  }
}

/** Gives every seeded SKU its stock level at the warehouse, once. */
async function seedStockLevels(container: Container, locationId: string) {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const stockBySku = new Map(PRODUCTS.flatMap((p) => p.variants.map((v) => [v.sku, v.stock])))
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: ["id", "sku", "location_levels.location_id"],
    filters: { sku: [...stockBySku.keys()] },
  })
  const missing = items.filter((item) => !(item.location_levels ?? []).some((l) => l?.location_id === locationId))
  if (!missing.length) return
  await createInventoryLevelsWorkflow(container).run({
    input: {
      inventory_levels: missing.map((item) => ({
        inventory_item_id: item.id,
        location_id: locationId,
        stocked_quantity: stockBySku.get(item.sku!) ?? 0,
      })),
    },
  })
}

/**
 * The product photos live beside the seed in the source tree; `medusa build`
 * compiles the seed elsewhere without them, so look upwards for the source.
 */
function findImagesDir(start: string): string {
  for (let dir = start; dir !== path.dirname(dir); dir = path.dirname(dir)) {
    for (const candidate of [path.join(dir, "images"), path.join(dir, "src/scripts/seed/images")]) {
      if (fs.existsSync(path.join(candidate, PRODUCTS[0].image))) {
        return candidate
      }
    }
  }
  throw new Error(`The seed's product images (src/scripts/seed/images) were not found from ${start}`)
}
