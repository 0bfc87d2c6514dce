import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { saleWindowProblem } from "../../../lib/events/event-changes"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const updateTicketTypeStepId = "update-ticket-type"

export type TicketTypeUpdate = { per_order_limit?: number; sale_starts_at?: Date | null; sale_ends_at?: Date | null }

/**
 * Changes a ticket type's per-order limit or sale window, for its event's
 * host (another host's is not found) or staff, and answers the variants that
 * sell it (one per date) for its prices. Restored if the workflow fails later.
 */
export const updateTicketTypeStep = createStep(
  updateTicketTypeStepId,
  async (input: { ticket_type_id: string; host_practitioner_id?: string; update: TicketTypeUpdate }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [type] = await events.listEventTicketTypes({ id: input.ticket_type_id }, { relations: ["event", "variants"] })
    if (!type || (input.host_practitioner_id && type.event.host_practitioner_id !== input.host_practitioner_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no ticket type with id ${input.ticket_type_id}.`)
    }
    const at = (value: Date | string | null | undefined, current: Date | null) =>
      value === undefined ? current : value === null ? null : new Date(value)
    const next = {
      kind: type.kind,
      sale_starts_at: at(input.update.sale_starts_at, type.sale_starts_at),
      sale_ends_at: at(input.update.sale_ends_at, type.sale_ends_at),
    }
    const problem = saleWindowProblem(next)
    if (problem) throw new MedusaError(MedusaError.Types.INVALID_DATA, problem)
    const before = {
      id: type.id,
      per_order_limit: type.per_order_limit,
      sale_starts_at: type.sale_starts_at,
      sale_ends_at: type.sale_ends_at,
    }
    await events.updateEventTicketTypes({
      id: type.id,
      sale_starts_at: next.sale_starts_at,
      sale_ends_at: next.sale_ends_at,
      ...(input.update.per_order_limit ? { per_order_limit: input.update.per_order_limit } : {}),
    })
    return new StepResponse({ id: type.id, variant_ids: type.variants.map((v) => v.variant_id) }, before)
  },
  async (before, { container }) => {
    if (!before) return
    await container.resolve<EventModuleService>(EVENT_MODULE).updateEventTicketTypes(before)
  }
)
