import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const releaseRemovedSeatHoldsStepId = "release-removed-seat-holds"

/** Held seats whose cart line is gone (removed, or quantity set to 0) go back to the date. */
export const releaseRemovedSeatHoldsStep = createStep(
  releaseRemovedSeatHoldsStepId,
  async (input: { cart_id: string }, { container }) => {
    const events = container.resolve<EventModuleService>(EVENT_MODULE)
    const held = await events.listEventSeatHolds({ cart_id: input.cart_id, status: "held" }, { select: ["id", "line_item_id"] })
    if (!held.length) return new StepResponse([] as string[], [] as string[])
    const { data } = await container
      .resolve(ContainerRegistrationKeys.QUERY)
      .graph({ entity: "cart", fields: ["items.id"], filters: { id: input.cart_id } })
    const lineIds = new Set((data[0]?.items ?? []).map((item: any) => item?.id))
    const orphaned = held.filter((hold) => hold.line_item_id && !lineIds.has(hold.line_item_id)).map((hold) => hold.id)
    if (orphaned.length) await events.updateEventSeatHolds(orphaned.map((id) => ({ id, status: "released" as const })))
    return new StepResponse(orphaned, orphaned)
  },
  async (ids, { container }) => {
    if (!ids?.length) return
    await container.resolve<EventModuleService>(EVENT_MODULE).updateEventSeatHolds(ids.map((id) => ({ id, status: "held" as const })))
  }
)
