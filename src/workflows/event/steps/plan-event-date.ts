import { ContainerRegistrationKeys, MedusaError, Modules } from "@medusajs/framework/utils"
import type { IInventoryService } from "@medusajs/framework/types"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { dateLabel, dateProblems, datesOverlap, MAX_EVENT_DATES, seatsSku, ticketSku } from "../../../lib/events/event-catalog"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const planEventDateStepId = "plan-event-date"

export type NewEventDate = { starts_at: Date; ends_at: Date; capacity: number }

/**
 * Checks a date to add to an existing event — for its host (another host's
 * event is not found) or staff: still to come, within the limits, not
 * overlapping a scheduled date — and plans its catalog: the SKU of its seats
 * and of a variant per ticket type at that type's current prices, the
 * label on the product's Date option, and where its seats are stocked.
 * Writes nothing.
 */
export const planEventDateStep = createStep(
  planEventDateStepId,
  async (input: { event_id: string; host_practitioner_id?: string; date: NewEventDate; now: Date }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [event] = await events.listEvents({ id: input.event_id }, { relations: ["dates", "ticket_types", "ticket_types.variants"] })
    if (!event || (input.host_practitioner_id && event.host_practitioner_id !== input.host_practitioner_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no event with id ${input.event_id}.`)
    }
    if (event.status === "cancelled" || event.status === "completed") {
      throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This event is ${event.status}; it takes no new dates.`)
    }
    const date = { starts_at: new Date(input.date.starts_at), ends_at: new Date(input.date.ends_at), capacity: input.date.capacity }
    const scheduled = event.dates
      .filter((d) => d.status === "scheduled")
      .map((d) => ({ starts_at: new Date(d.starts_at), ends_at: new Date(d.ends_at) }))
    const problems = dateProblems(date, "the date", new Date(input.now))
    if (datesOverlap([...scheduled, date])) problems.push("the date overlaps another date of the event")
    if (event.dates.length >= MAX_EVENT_DATES) problems.push(`an event runs on at most ${MAX_EVENT_DATES} dates`)
    if (problems.length) throw new MedusaError(MedusaError.Types.INVALID_DATA, `The date cannot be added: ${problems.join("; ")}.`)
    if (!event.product_id) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This event has no product to sell its tickets.")

    const query = container.resolve(ContainerRegistrationKeys.QUERY)
    const types = [...event.ticket_types].sort((a, b) => new Date(a.created_at).getTime() - new Date(b.created_at).getTime())
    const [{ data: variants }, { data: products }, levels] = await Promise.all([
      query.graph({
        entity: "product_variant",
        fields: ["id", "prices.amount", "prices.currency_code"],
        filters: { id: types.flatMap((t) => t.variants.slice(0, 1).map((v) => v.variant_id)) },
      }),
      query.graph({
        entity: "product",
        fields: ["id", "options.id", "options.title"],
        filters: { id: event.product_id },
      }),
      container
        .resolve<IInventoryService>(Modules.INVENTORY)
        .listInventoryLevels({ inventory_item_id: event.dates.flatMap((d) => (d.inventory_item_id ? [d.inventory_item_id] : [])) }),
    ])
    const pricesOf = (variantId: string | undefined) =>
      (((variants as any[]).find((v) => v.id === variantId)?.prices ?? []) as any[]).map((p: any) => ({
        amount: Number(p.amount),
        currency_code: p.currency_code,
      }))
    const option = products[0]?.options?.find((o: any) => o.title === "Date")
    if (!option) throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, "The event's product has no Date option.")
    // Each date gets the next number, cancelled ones counted, so its SKUs are new.
    const index = event.dates.length
    const label = dateLabel(date.starts_at, event.timezone)
    return new StepResponse({
      event: { id: event.id, handle: event.handle, title: event.title, product_id: event.product_id },
      date,
      label,
      seats_sku: seatsSku(event.handle, index),
      location_id: levels[0]?.location_id ?? null,
      date_option_id: option.id as string,
      ticket_types: types.map((type, t) => ({
        id: type.id,
        name: type.name,
        sku: ticketSku(event.handle, index, t),
        prices: pricesOf(type.variants[0]?.variant_id),
      })),
    })
  }
)
