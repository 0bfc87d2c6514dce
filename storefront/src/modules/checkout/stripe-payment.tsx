"use client"

import { Elements, PaymentElement, useElements, useStripe } from "@stripe/react-stripe-js"
// The "pure" entry loads Stripe.js only when a card payment starts, not on every page.
import type { Stripe } from "@stripe/stripe-js"
import { loadStripe } from "@stripe/stripe-js/pure"
import { FormEvent, useEffect, useMemo, useState } from "react"
import { completeCart, openStripeSession } from "@/lib/actions/checkout-actions"

/** Stripe's Payment Element on the cart's payment intent; the order is placed once Stripe confirms. */
export function StripePayment({ publishableKey, total }: { publishableKey: string; total: string }) {
  const stripe = useMemo<Promise<Stripe | null>>(() => loadStripe(publishableKey), [publishableKey])
  const [clientSecret, setClientSecret] = useState<string>()
  const [error, setError] = useState<string>()

  useEffect(() => {
    openStripeSession().then((session) => {
      if (session.error || !session.clientSecret) setError(session.error ?? "Card payments are not available just now.")
      else setClientSecret(session.clientSecret)
    })
  }, [])

  if (error)
    return (
      <p role="alert" className="text-sm text-red-800">
        {error}
      </p>
    )
  if (!clientSecret) return <p className="text-sm text-ink-soft">Loading the card form…</p>
  return (
    <Elements stripe={stripe} options={{ clientSecret }}>
      <CardForm total={total} />
    </Elements>
  )
}

function CardForm({ total }: { total: string }) {
  const stripe = useStripe()
  const elements = useElements()
  const [error, setError] = useState<string>()
  const [pending, setPending] = useState(false)

  const submit = async (event: FormEvent) => {
    event.preventDefault()
    if (!stripe || !elements) return
    setPending(true)
    setError(undefined)
    const result = await stripe.confirmPayment({ elements, redirect: "if_required" })
    if (result.error) {
      setError(`The payment failed: ${result.error.message ?? "please try another card"}.`)
      setPending(false)
      return
    }
    const placed = await completeCart()
    if (placed?.error) {
      setError(placed.error)
      setPending(false)
    }
  }

  return (
    <form onSubmit={submit} className="space-y-3">
      <PaymentElement />
      {error && (
        <p role="alert" className="text-sm text-red-800">
          {error}
        </p>
      )}
      <button type="submit" className="btn-primary" disabled={!stripe || pending}>
        {pending ? "Paying…" : `Pay ${total}`}
      </button>
    </form>
  )
}
