/** Shown while a page's data is on its way. */
export function PageLoading() {
  return (
    <div role="status" aria-live="polite" className="flex items-center gap-3 py-16 text-ink-soft">
      <span className="h-5 w-5 animate-spin rounded-full border-2 border-amethyst-600 border-t-transparent" aria-hidden />
      Loading…
    </div>
  )
}
