import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const recordEventDateStepId = "record-event-date"

/** Writes the new date with its seats' inventory item and, per ticket type, the variant that sells it (matched by SKU). Removed if the workflow fails later. */
export const recordEventDateStep = createStep(
  recordEventDateStepId,
  async (
    input: {
      event_id: string
      date: { starts_at: Date; ends_at: Date; capacity: number }
      inventory_item_id: string
      ticket_types: Array<{ id: string; sku: string }>
      variants: Array<{ id: string; sku?: string | null }>
    },
    { container }
  ) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const bySku = new Map(input.variants.map((v) => [v.sku, v.id]))
    const date = await events.createEventDates({ event_id: input.event_id, ...input.date, inventory_item_id: input.inventory_item_id })
    await events.createEventTicketVariants(
      input.ticket_types.map((type) => {
        const variantId = bySku.get(type.sku)
        if (!variantId) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `No variant ${type.sku} was made for the new date.`)
        return { event_date_id: date.id, ticket_type_id: type.id, variant_id: variantId }
      })
    )
    return new StepResponse(date, date.id)
  },
  async (dateId, { container }) => {
    if (!dateId) return
    await container.resolve<EventModuleService>(EVENT_MODULE).deleteEventDates([dateId])
  }
)
