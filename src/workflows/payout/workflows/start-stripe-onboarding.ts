import { createWorkflow, WorkflowResponse } from "@medusajs/framework/workflows-sdk"
import { ensureStripeAccountStep } from "../steps/ensure-stripe-account"

export const startStripeOnboardingWorkflowId = "start-stripe-onboarding"

/** A practitioner starts (or resumes) Stripe onboarding: their account, and a link to finish it at Stripe. */
export const startStripeOnboardingWorkflow = createWorkflow(
  startStripeOnboardingWorkflowId,
  (input: { practitioner_id: string; email: string; country_code: string | null; return_url: string; refresh_url: string }) => {
    return new WorkflowResponse(ensureStripeAccountStep(input))
  }
)
