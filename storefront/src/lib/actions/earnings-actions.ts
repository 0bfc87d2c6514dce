"use server"

import { redirect } from "next/navigation"
import { sdk } from "../config"
import { practitionerHeaders } from "../cookies"
import { ActionState, errorMessage } from "../util/errors"

/**
 * Sends the practitioner to Stripe to set up (or finish) their payout
 * account: the link is made now because Stripe's links are single-use and
 * expire within minutes.
 */
export async function startStripeOnboarding(_: ActionState): Promise<ActionState> {
  let url: string
  try {
    const { onboarding } = await sdk.client.fetch<{ onboarding: { url: string } }>("/vendor/earnings/stripe-onboarding", {
      method: "POST",
      headers: await practitionerHeaders(),
      body: {},
    })
    url = onboarding.url
  } catch (error) {
    return { error: errorMessage(error) }
  }
  redirect(url)
}
