"use client"

import { isBackendUnavailable } from "@/lib/util/backend-failure"
import { ShopUnavailable } from "@/modules/common/shop-unavailable"
import "@/styles/globals.css"

/**
 * Failures of the layout itself (the header reads the cart, the customer and
 * the regions), which replace the whole document.
 */
export default function GlobalError({ error }: { error: Error & { digest?: string } }) {
  return (
    <html lang="en">
      <body>
        <main id="main" className="mx-auto w-full max-w-6xl px-4 py-8 sm:px-6">
          {isBackendUnavailable(error) ? (
            <ShopUnavailable />
          ) : (
            <div className="py-16" role="alert">
              <h1 className="font-serif text-3xl">Something went wrong</h1>
              <p className="mt-2 text-ink-soft">The shop could not load this page just now. Your cart is safe.</p>
              <button type="button" onClick={() => window.location.reload()} className="btn-primary mt-6">
                Try again
              </button>
            </div>
          )}
        </main>
      </body>
    </html>
  )
}
