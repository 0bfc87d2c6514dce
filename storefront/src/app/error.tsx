"use client"

import { isBackendUnavailable } from "@/lib/util/backend-failure"
import { ShopUnavailable } from "@/modules/common/shop-unavailable"

/** A page that fails to load says why in words: an outage of the shop, or another failure, with another try. */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  if (isBackendUnavailable(error)) return <ShopUnavailable />
  return (
    <div className="py-16" role="alert">
      <h1 className="font-serif text-3xl">Something went wrong</h1>
      <p className="mt-2 text-ink-soft">The shop could not load this page just now. Your cart is safe.</p>
      <button type="button" onClick={reset} className="btn-primary mt-6">
        Try again
      </button>
    </div>
  )
}
