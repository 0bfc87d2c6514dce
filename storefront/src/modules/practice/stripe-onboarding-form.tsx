"use client"

import { useActionState } from "react"
import { startStripeOnboarding } from "@/lib/actions/earnings-actions"
import { FormMessage } from "@/modules/common/form-message"

/** Off to Stripe to set up payouts (or to finish what Stripe still needs). */
export function StripeOnboardingForm({ started }: { started: boolean }) {
  const [state, action, pending] = useActionState(startStripeOnboarding, {})
  return (
    <form action={action}>
      <button type="submit" className="btn-primary" disabled={pending}>
        {started ? "Finish setting up with Stripe" : "Get paid with Stripe"}
      </button>
      <FormMessage state={state} />
    </form>
  )
}
