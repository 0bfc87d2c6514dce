import { BigNumberInput } from "@medusajs/framework/types"
import { MathBN } from "@medusajs/framework/utils"

export type LevelQuantities = {
  inventory_item_id: string
  stocked_quantity: BigNumberInput
  reserved_quantity: BigNumberInput
}

export type ItemAvailability = {
  inventory_item_id: string
  stocked: number
  reserved: number
  available: number
}

/**
 * Available stock per inventory item over all locations (stocked − reserved,
 * as Medusa's inventory module defines it), keeping the items at or under the
 * threshold, lowest first.
 */
export function findLowStock(
  levels: LevelQuantities[],
  threshold: number
): ItemAvailability[] {
  const byItem = new Map<string, ItemAvailability>()
  for (const level of levels) {
    const entry = byItem.get(level.inventory_item_id) ?? {
      inventory_item_id: level.inventory_item_id,
      stocked: 0,
      reserved: 0,
      available: 0,
    }
    entry.stocked += MathBN.convert(level.stocked_quantity).toNumber()
    entry.reserved += MathBN.convert(level.reserved_quantity).toNumber()
    entry.available = entry.stocked - entry.reserved
    byItem.set(level.inventory_item_id, entry)
  }
  return [...byItem.values()]
    .filter((item) => item.available <= threshold)
    .sort(
      (a, b) =>
        a.available - b.available || a.inventory_item_id.localeCompare(b.inventory_item_id)
    )
}
