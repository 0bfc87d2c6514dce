"use client"

import { useActionState, useState } from "react"
import { payAndPlaceOrder } from "@/lib/actions/checkout-actions"
import { FormMessage } from "@/modules/common/form-message"
import { StripePayment } from "./stripe-payment"

const STRIPE = "pp_stripe_stripe"

const LABELS: Record<string, string> = {
  pp_system_default: "Manual payment — we confirm it when your transfer arrives",
  [STRIPE]: "Card (Stripe)",
}

/** Choose how to pay, then place the order: one press for manual payment, the Payment Element for Stripe. */
export function PaymentStep({ providers, stripeKey, total }: { providers: string[]; stripeKey: string; total: string }) {
  const usable = providers.filter((p) => p !== STRIPE || stripeKey)
  const [provider, setProvider] = useState(usable[0])
  const [state, action, pending] = useActionState(payAndPlaceOrder, {})
  if (!usable.length) return <p className="text-sm text-red-800">No way to pay is set up for this region yet.</p>
  return (
    <div className="space-y-4">
      <fieldset className="space-y-2">
        <legend className="sr-only">Payment method</legend>
        {usable.map((p) => (
          <label
            key={p}
            className="flex cursor-pointer items-center gap-3 rounded-xl border border-ink/15 px-4 py-3 has-[:checked]:border-amethyst-700 has-[:checked]:bg-amethyst-50"
          >
            <input type="radio" name="provider_choice" value={p} checked={provider === p} onChange={() => setProvider(p)} />
            {LABELS[p] ?? p}
          </label>
        ))}
      </fieldset>
      {provider === STRIPE ? (
        <StripePayment publishableKey={stripeKey} total={total} />
      ) : (
        <form action={action} className="space-y-3">
          <input type="hidden" name="provider_id" value={provider} />
          <FormMessage state={state} />
          <button type="submit" className="btn-primary" disabled={pending} data-testid="place-order">
            {pending ? "Placing your order…" : `Place order · ${total}`}
          </button>
        </form>
      )}
    </div>
  )
}
