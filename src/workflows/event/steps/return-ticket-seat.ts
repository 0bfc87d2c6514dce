import type { IInventoryService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"

export const returnTicketSeatStepId = "return-ticket-seat"

type Undo =
  | { id: string; quantity: number }
  | { recreate: { line_item_id: string; inventory_item_id: string; location_id: string; quantity: number } }

/**
 * Gives a cancelled ticket's seat back to its date: the reservation Medusa
 * made for the order's ticket line shrinks by one (and goes when it reaches
 * none), so the date's inventory has the seat again. The order keeps its
 * line; the refund records the money. Undone if the workflow fails later.
 */
export const returnTicketSeatStep = createStep(
  returnTicketSeatStepId,
  async (input: { line_item_id: string | null }, { container }) => {
    if (!input.line_item_id) return new StepResponse(null, null)
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    const [reservation] = await inventory.listReservationItems({ line_item_id: input.line_item_id })
    if (!reservation) return new StepResponse(null, null)
    const quantity = Number(reservation.quantity)
    if (quantity > 1) {
      await inventory.updateReservationItems([{ id: reservation.id, quantity: quantity - 1 }])
      return new StepResponse(reservation.id, { id: reservation.id, quantity } as Undo)
    }
    await inventory.deleteReservationItems([reservation.id])
    return new StepResponse(reservation.id, {
      recreate: {
        line_item_id: input.line_item_id,
        inventory_item_id: reservation.inventory_item_id,
        location_id: reservation.location_id,
        quantity,
      },
    } as Undo)
  },
  async (undo, { container }) => {
    if (!undo) return
    const inventory = container.resolve<IInventoryService>(Modules.INVENTORY)
    if ("recreate" in undo) await inventory.createReservationItems([undo.recreate])
    else await inventory.updateReservationItems([undo])
  }
)
