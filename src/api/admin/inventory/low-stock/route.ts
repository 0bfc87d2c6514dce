import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { findLowStock } from "../../../../lib/inventory/low-stock"
import { AdminLowStockParamsType } from "./validators"

/**
 * GET /admin/inventory/low-stock — product variants whose available quantity
 * (stocked − reserved over all locations) is at or under `threshold`.
 */
export async function GET(
  req: AuthenticatedMedusaRequest<unknown, AdminLowStockParamsType>,
  res: MedusaResponse
) {
  const { threshold, limit, offset } = req.validatedQuery
  const inventory = req.scope.resolve(Modules.INVENTORY)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const levels = await inventory.listInventoryLevels(
    {},
    { select: ["inventory_item_id", "stocked_quantity", "reserved_quantity"] }
  )
  const low = findLowStock(levels, threshold)
  const page = low.slice(offset, offset + limit)
  const { data: items } = await query.graph({
    entity: "inventory_item",
    fields: [
      "id",
      "sku",
      "variants.id",
      "variants.title",
      "variants.sku",
      "variants.product.id",
      "variants.product.title",
      "variants.product.thumbnail",
    ],
    filters: { id: page.map((item) => item.inventory_item_id) },
  })
  const itemsById = new Map(items.map((item) => [item.id, item]))
  const variants = page.flatMap((availability) =>
    (itemsById.get(availability.inventory_item_id)?.variants ?? []).map((variant) => ({
      id: variant!.id,
      title: variant!.title,
      sku: variant!.sku,
      product: variant!.product,
      inventory_item_id: availability.inventory_item_id,
      stocked_quantity: availability.stocked,
      reserved_quantity: availability.reserved,
      available_quantity: availability.available,
    }))
  )
  res.json({ variants, threshold, count: low.length, offset, limit })
}
