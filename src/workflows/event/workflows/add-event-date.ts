import { createWorkflow, transform, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { createInventoryItemsWorkflow, createProductVariantsWorkflow, setProductProductOptionsWorkflow } from "@medusajs/medusa/core-flows"
import { NewEventDate, planEventDateStep } from "../steps/plan-event-date"
import { recordEventDateStep } from "../steps/record-event-date"

export const addEventDateWorkflowId = "add-event-date"

/**
 * A host (their own events) or staff add a date to an event: its seats are a
 * new inventory item stocked with its capacity, the product's Date option
 * gains the date, and each ticket type gets a variant for it at its current
 * prices, drawing on the new item — the same shape `createEventWorkflow` gives
 * every date. A failure removes what was written.
 */
export const addEventDateWorkflow = createWorkflow(
  addEventDateWorkflowId,
  (input: { event_id: string; host_practitioner_id?: string; date: NewEventDate; now: Date }) => {
    const plan = planEventDateStep(input)
    const seats = createInventoryItemsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        items: [
          {
            sku: plan.seats_sku,
            title: `${plan.event.title}: seats, ${plan.label}`,
            requires_shipping: false,
            location_levels: plan.location_id ? [{ location_id: plan.location_id, stocked_quantity: plan.date.capacity }] : [],
          },
        ],
      })),
    })
    // The product's Date option gains the new date as a value of its own.
    setProductProductOptionsWorkflow.runAsStep({
      input: transform({ plan }, ({ plan }) => ({
        product_id: plan.event.product_id,
        update: [{ product_option_id: plan.date_option_id, add: [{ value: plan.label }] }],
      })),
    })
    const variants = createProductVariantsWorkflow.runAsStep({
      input: transform({ plan, seats }, ({ plan, seats }) => ({
        product_variants: plan.ticket_types.map((type) => ({
          product_id: plan.event.product_id,
          title: `${plan.label} · ${type.name}`,
          sku: type.sku,
          manage_inventory: true,
          allow_backorder: false,
          options: { Date: plan.label, Ticket: type.name },
          inventory_items: [{ inventory_item_id: seats[0].id, required_quantity: 1 }],
          prices: type.prices,
        })),
      })),
    })
    const date = recordEventDateStep(
      transform({ plan, seats, variants }, ({ plan, seats, variants }) => ({
        event_id: plan.event.id,
        date: plan.date,
        inventory_item_id: seats[0].id,
        ticket_types: plan.ticket_types,
        variants,
      }))
    )
    return new WorkflowResponse(date)
  }
)
