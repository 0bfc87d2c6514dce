"use client"

/** Any page that fails to load says so in words and offers another try. */
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
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
