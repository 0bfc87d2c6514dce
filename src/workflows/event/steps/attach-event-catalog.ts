import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ticketSku } from "../../../lib/events/event-catalog"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const attachEventCatalogStepId = "attach-event-catalog"

export type AttachEventCatalogInput = {
  event: { id: string; handle: string }
  dates: Array<{ id: string }>
  ticket_types: Array<{ id: string }>
  seat_item_ids: string[]
  product: { id: string; variants?: Array<{ id: string; sku?: string | null }> | null }
}

/**
 * Records what sells the event: its product, each date's inventory item, and
 * for every date and ticket type the variant that sells it, matched by the
 * SKU the catalog gave it.
 */
export const attachEventCatalogStep = createStep(attachEventCatalogStepId, async (input: AttachEventCatalogInput, { container }) => {
  const events = container.resolve<EventModuleService>(EVENT_MODULE)
  const bySku = new Map((input.product.variants ?? []).map((v) => [v.sku, v.id]))
  const variants = input.dates.flatMap((date, d) =>
    input.ticket_types.map((type, t) => {
      const variantId = bySku.get(ticketSku(input.event.handle, d, t))
      if (!variantId) {
        throw new MedusaError(
          MedusaError.Types.UNEXPECTED_STATE,
          `The event's product has no variant ${ticketSku(input.event.handle, d, t)}`
        )
      }
      return { event_date_id: date.id, ticket_type_id: type.id, variant_id: variantId }
    })
  )
  await events.updateEvents({ id: input.event.id, product_id: input.product.id })
  await events.updateEventDates(input.dates.map((date, d) => ({ id: date.id, inventory_item_id: input.seat_item_ids[d] })))
  const created = await events.createEventTicketVariants(variants)
  return new StepResponse(created)
})
