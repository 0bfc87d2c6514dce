import type { AuthenticatedMedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { PRACTITIONER_MODULE } from "../../../../modules/practitioner"
import type PractitionerModuleService from "../../../../modules/practitioner/service"
import { storefrontUrl } from "../../../../workflows/utils/storefront-url"
import { startStripeOnboardingWorkflow } from "../../../../workflows/payout/workflows/start-stripe-onboarding"

/**
 * POST /vendor/earnings/stripe-onboarding — a fresh link to set up (or
 * finish setting up) the practitioner's Stripe account; it expires in
 * minutes, so the portal asks for one each time. Stripe sends them back to
 * the portal's Earnings page, or to the refresh address for a new link.
 */
export async function POST(req: AuthenticatedMedusaRequest, res: MedusaResponse) {
  const practitioner = await req.scope
    .resolve<PractitionerModuleService>(PRACTITIONER_MODULE)
    .retrievePractitioner(req.auth_context.actor_id)
  const earnings = `${storefrontUrl()}/practice/earnings`
  const { result } = await startStripeOnboardingWorkflow(req.scope).run({
    input: {
      practitioner_id: practitioner.id,
      email: practitioner.email,
      country_code: practitioner.country_code ?? null,
      return_url: `${earnings}?stripe=return`,
      refresh_url: `${earnings}?stripe=refresh`,
    },
  })
  res.status(201).json({ onboarding: result })
}
