"use client"

import { useEffect, useState } from "react"

/** Seconds before the page tries again by itself. */
const RETRY_AFTER_SECONDS = 10

/**
 * What a page shows when the shop's backend is unreachable or failing: that
 * it is an outage (nothing is missing), a Retry button, and a reload by
 * itself after a few seconds.
 */
export function ShopUnavailable() {
  const [seconds, setSeconds] = useState(RETRY_AFTER_SECONDS)
  useEffect(() => {
    const timer = window.setInterval(() => setSeconds((left) => Math.max(left - 1, 0)), 1000)
    return () => window.clearInterval(timer)
  }, [])
  useEffect(() => {
    if (seconds === 0) window.location.reload()
  }, [seconds])
  return (
    <div className="py-16" role="alert" data-testid="shop-unavailable">
      <meta name="robots" content="noindex" />
      <h1 className="font-serif text-3xl">The shop is unavailable just now</h1>
      <p className="mt-2 text-ink-soft">
        We cannot reach our shop system at the moment. Nothing is wrong with your cart or your bookings; please try again in a moment.
      </p>
      <button type="button" onClick={() => window.location.reload()} className="btn-primary mt-6">
        Retry
      </button>
      <p className="mt-3 text-sm text-ink-soft">{seconds > 0 ? `Trying again in ${seconds} s…` : "Trying again…"}</p>
    </div>
  )
}
