import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"

export const claimWaitlistOfferStepId = "claim-waitlist-offer"

/** Uses up a waitlist offer once its seats are held in the cart (the link works once); given back if the workflow fails later. */
export const claimWaitlistOfferStep = createStep(
  claimWaitlistOfferStepId,
  async (input: { entry_id: string | null }, { container }) => {
    if (!input.entry_id) return new StepResponse(null, null)
    const moved = await container
      .resolve<EventModuleService>(EVENT_MODULE)
      .moveWaitlistEntries({ ids: [input.entry_id], from: ["offered"], to: "claimed" })
    if (!moved.length) throw new MedusaError(MedusaError.Types.NOT_ALLOWED, "This waitlist offer was already used or is no longer open.")
    return new StepResponse(input.entry_id, input.entry_id)
  },
  async (entryId, { container }) => {
    if (!entryId) return
    await container.resolve<EventModuleService>(EVENT_MODULE).moveWaitlistEntries({ ids: [entryId], from: ["claimed"], to: "offered" })
  }
)
