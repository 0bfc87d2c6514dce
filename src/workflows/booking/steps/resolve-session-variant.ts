import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { findSessionVariant } from "../utils/find-session-variant"

export const resolveSessionVariantStepId = "resolve-session-variant"

/** The session and practitioner behind a variant; refuses anything that cannot be booked. Writes nothing. */
export const resolveSessionVariantStep = createStep(
  resolveSessionVariantStepId,
  async (input: { variant_id: string }, { container }) => new StepResponse(await findSessionVariant(container, input.variant_id))
)
