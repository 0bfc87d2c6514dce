import type { IInventoryService } from "@medusajs/framework/types"
import { MedusaError, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { capacityProblem } from "../../../lib/events/event-changes"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { seatsOfDates } from "../utils/date-seats"

export const setDateCapacityStepId = "set-date-capacity"

/**
 * Sets a scheduled date's capacity — the date's record and the stock of its
 * inventory item, together — never below what is sold, held in carts or
 * offered to the waitlist. Runs under the date's lock. For its host (another
 * host's date is not found) or staff. Restored if the workflow fails later.
 */
export const setDateCapacityStep = createStep(
  setDateCapacityStepId,
  async (input: { event_date_id: string; host_practitioner_id?: string; capacity: number; now: Date }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const [date] = await events.listEventDates({ id: input.event_date_id }, { relations: ["event"] })
    if (!date || (input.host_practitioner_id && date.event.host_practitioner_id !== input.host_practitioner_id)) {
      throw new MedusaError(MedusaError.Types.NOT_FOUND, `You have no event date with id ${input.event_date_id}.`)
    }
    if (date.status !== "scheduled") throw new MedusaError(MedusaError.Types.NOT_ALLOWED, `This date is ${date.status}.`)
    const seats = (await seatsOfDates(container, { event_date_ids: [date.id], now: new Date(input.now) })).get(date.id)
    const problem = capacityProblem(input.capacity, {
      sold: seats?.reserved ?? 0,
      held: seats?.held ?? 0,
      offered: seats?.offered ?? 0,
    })
    if (problem) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, problem)
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const levels = date.inventory_item_id ? await inventory.listInventoryLevels({ inventory_item_id: date.inventory_item_id }) : []
    if (levels[0]) {
      await inventory.updateInventoryLevels([
        { inventory_item_id: levels[0].inventory_item_id, location_id: levels[0].location_id, stocked_quantity: input.capacity },
      ])
    }
    await events.updateEventDates({ id: date.id, capacity: input.capacity })
    return new StepResponse(
      { id: date.id, capacity: input.capacity },
      {
        id: date.id,
        capacity: date.capacity,
        level: levels[0] ? { ...levels[0], stocked_quantity: Number(levels[0].stocked_quantity) } : null,
      }
    )
  },
  async (before, { container }) => {
    if (!before) return
    if (before.level) {
      await container.resolve<IInventoryService>(Modules.INVENTORY).updateInventoryLevels([
        {
          inventory_item_id: before.level.inventory_item_id,
          location_id: before.level.location_id,
          stocked_quantity: before.level.stocked_quantity,
        },
      ])
    }
    await container.resolve<EventModuleService>(EVENT_MODULE).updateEventDates({ id: before.id, capacity: before.capacity })
  }
)
