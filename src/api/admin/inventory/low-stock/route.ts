import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { queryLowStock } from "../../../../queries/low-stock"
import { AdminLowStockParamsType } from "./validators"

/**
 * GET /admin/inventory/low-stock — product variants whose available quantity
 * (stocked − reserved over all locations) is at or under `threshold`. The
 * threshold, order and page are applied in SQL; `count` counts inventory items.
 */
export async function GET(req: AuthenticatedMedusaRequest<unknown, AdminLowStockParamsType>, res: MedusaResponse) {
  const { threshold, limit, offset } = req.validatedQuery
  const knex = req.scope.resolve(ContainerRegistrationKeys.PG_CONNECTION)
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY)

  const { items: page, count } = await queryLowStock(knex, { threshold, limit, offset })
  const { data: items } = page.length
    ? await query.graph({
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
    : { data: [] }
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
  res.json({ variants, threshold, count, offset, limit })
}
