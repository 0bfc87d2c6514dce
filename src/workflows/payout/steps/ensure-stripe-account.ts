import { MedusaError } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { PAYOUT_MODULE } from "../../../modules/payout"
import type PayoutModuleService from "../../../modules/payout/service"
import { stripeConnectClient, stripeMessage } from "../utils/payout-providers"

/**
 * The practitioner's Stripe Express account, created on their first
 * onboarding (with an idempotency key per practitioner, so two clicks make
 * one account), and a fresh account link to finish onboarding there — links
 * are single-use and expire within minutes, so one is made per request.
 */
export const ensureStripeAccountStep = createStep(
  "ensure-stripe-account",
  async (
    input: { practitioner_id: string; email: string; country_code: string | null; return_url: string; refresh_url: string },
    { container }
  ) => {
    const stripe = stripeConnectClient()
    if (!stripe) {
      throw new MedusaError(
        MedusaError.Types.NOT_ALLOWED,
        "Stripe payouts are not set up on this marketplace; staff pay you by bank transfer"
      )
    }
    const service = container.resolve<PayoutModuleService>(PAYOUT_MODULE)
    let [account] = await service.listPayoutAccounts({ practitioner_id: input.practitioner_id })
    try {
      if (!account?.stripe_account_id) {
        const created = await stripe.accounts.create(
          {
            type: "express",
            email: input.email,
            ...(input.country_code ? { country: input.country_code.toUpperCase() } : {}),
            capabilities: { transfers: { requested: true } },
            metadata: { practitioner_id: input.practitioner_id },
          },
          { idempotencyKey: `connect-account:${input.practitioner_id}` }
        )
        const values = {
          provider: "stripe" as const,
          stripe_account_id: created.id,
          requirements_due: created.requirements?.currently_due ?? [],
        }
        account = account
          ? await service.updatePayoutAccounts({ id: account.id, ...values })
          : await service.createPayoutAccounts({ practitioner_id: input.practitioner_id, ...values })
      }
      const link = await stripe.accountLinks.create({
        account: account.stripe_account_id!,
        refresh_url: input.refresh_url,
        return_url: input.return_url,
        type: "account_onboarding",
      })
      return new StepResponse({
        url: link.url as string,
        expires_at: new Date(link.expires_at * 1000),
        stripe_account_id: account.stripe_account_id!,
      })
    } catch (error) {
      if (error instanceof MedusaError) throw error
      throw new MedusaError(MedusaError.Types.UNEXPECTED_STATE, `Stripe could not start onboarding: ${stripeMessage(error)}`)
    }
  }
)
