import { ContainerRegistrationKeys } from "@medusajs/framework/utils"

export type LineFulfilment = { shipped_at: Date | null; delivered_at: Date | null }

/**
 * When each order line was first shipped and first delivered, among these
 * orders' fulfillments that were not cancelled. A line never shipped has no
 * entry.
 */
export async function lineFulfilmentTimes(container: { resolve: (key: string) => any }, orderIds: string[]) {
  const times = new Map<string, LineFulfilment>()
  if (!orderIds.length) return times
  const { data } = await container.resolve(ContainerRegistrationKeys.QUERY).graph({
    entity: "order",
    fields: ["id", "fulfillments.shipped_at", "fulfillments.delivered_at", "fulfillments.canceled_at", "fulfillments.items.line_item_id"],
    filters: { id: [...new Set(orderIds)] },
  })
  const earliest = (a: Date | null, b: Date | null) => (!a ? b : !b ? a : a < b ? a : b)
  for (const order of data) {
    for (const fulfillment of order.fulfillments ?? []) {
      if (!fulfillment || fulfillment.canceled_at || (!fulfillment.shipped_at && !fulfillment.delivered_at)) continue
      const shipped = fulfillment.shipped_at ? new Date(fulfillment.shipped_at) : null
      const delivered = fulfillment.delivered_at ? new Date(fulfillment.delivered_at) : null
      for (const item of fulfillment.items ?? []) {
        if (!item?.line_item_id) continue
        const previous = times.get(item.line_item_id)
        times.set(item.line_item_id, {
          shipped_at: earliest(previous?.shipped_at ?? null, shipped),
          delivered_at: earliest(previous?.delivered_at ?? null, delivered),
        })
      }
    }
  }
  return times
}
