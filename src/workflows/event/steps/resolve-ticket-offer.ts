import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { ticketOffers } from "../utils/ticket-offers"

export const resolveTicketOfferStepId = "resolve-ticket-offer"

/** The event, date and ticket type a variant sells; refuses a variant that is not a ticket. Writes nothing. */
export const resolveTicketOfferStep = createStep(resolveTicketOfferStepId, async (input: { variant_id: string }, { container }) => {
  const offer = (await ticketOffers(container, [input.variant_id])).get(input.variant_id)
  if (!offer) {
    throw new MedusaError(MedusaError.Types.NOT_FOUND, `variant_id ${input.variant_id} is not a ticket to any event.`)
  }
  return new StepResponse(offer)
})
