import type { CreateProductWorkflowInputDTO } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createWorkflow, transform, when, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryItemsWorkflow, createProductsWorkflow, createRemoteLinkStep, useQueryGraphStep } from "@medusajs/medusa/core-flows"
import { dateLabel, eventProductInput, NewEvent, reviveNewEvent, seatsSku } from "../../../lib/events/event-catalog"
import { PRACTITIONER_MODULE } from "../../../modules/practitioner"
import { attachEventCatalogStep } from "../steps/attach-event-catalog"
import { createEventRecordsStep } from "../steps/create-event-records"
import { validateNewEventStep } from "../steps/validate-new-event"

export const createEventWorkflowId = "create-event"

/**
 * A host (or the house) puts on an event: the event, its dates and ticket
 * types; for each date one inventory item whose stock is its capacity, at the
 * store's stock location; a product with a variant per date and ticket type,
 * every variant of a date drawing on that date's item (one pool of seats);
 * and the product linked to its host, who sells it.
 */
export const createEventWorkflow = createWorkflow(createEventWorkflowId, (input: { event: NewEvent; now: Date }) => {
  validateNewEventStep(input)
  const { data: stores } = useQueryGraphStep({
    entity: "store",
    fields: ["default_sales_channel_id"],
  }).config({ name: "store" })
  const { data: channels } = useQueryGraphStep({
    entity: "sales_channel",
    fields: ["id", "stock_locations.id"],
    filters: transform({ stores }, ({ stores }) => ({ id: stores[0]?.default_sales_channel_id ?? "" })),
  }).config({ name: "sales-channel" })
  const { data: categories } = useQueryGraphStep({
    entity: "product_category",
    fields: ["id"],
    filters: { handle: "events" },
  }).config({ name: "events-category" })

  const records = createEventRecordsStep({ event: input.event })
  const seats = createInventoryItemsWorkflow.runAsStep({
    input: transform({ input, channels }, ({ input, channels }) => {
      const locationId = channels[0]?.stock_locations?.[0]?.id
      return {
        items: reviveNewEvent(input.event).dates.map((date, d) => ({
          sku: seatsSku(input.event.handle, d),
          title: `${input.event.title}: seats, ${dateLabel(date.starts_at, input.event.timezone)}`,
          requires_shipping: false,
          location_levels: locationId ? [{ location_id: locationId, stocked_quantity: date.capacity }] : [],
        })),
      }
    }),
  })
  /** Each date's inventory item, in the order of the dates, matched by SKU. */
  const seatItemIds = transform({ input, seats }, ({ input, seats }) =>
    input.event.dates.map((_, d) => seats.find((item) => item.sku === seatsSku(input.event.handle, d))!.id)
  )
  const products = transform({ input, seatItemIds, channels, categories }, (data): CreateProductWorkflowInputDTO[] => [
    eventProductInput(reviveNewEvent(data.input.event), {
      seatItemIds: data.seatItemIds,
      salesChannelId: data.channels[0]?.id,
      categoryId: data.categories[0]?.id,
    }),
  ])
  const created = createProductsWorkflow.runAsStep({ input: { products } })
  const attached = attachEventCatalogStep(
    transform({ records, seatItemIds, created }, ({ records, seatItemIds, created }) => ({
      event: records.event,
      dates: records.dates,
      ticket_types: records.ticket_types,
      seat_item_ids: seatItemIds,
      product: created[0],
    }))
  )
  when({ input }, ({ input }) => !!input.event.host_practitioner_id).then(() => {
    createRemoteLinkStep(
      transform({ input, created }, ({ input, created }) => [
        {
          [PRACTITIONER_MODULE]: { practitioner_id: input.event.host_practitioner_id },
          [Modules.PRODUCT]: { product_id: created[0].id },
        },
      ])
    )
  })
  return new WorkflowResponse(
    transform({ records, created, attached }, ({ records, created, attached }) => ({
      ...records,
      product_id: created[0].id,
      variants: attached,
    }))
  )
})
