/** Five stars filled to `value` (0–5, fractions too), read out as "4.5 out of 5 stars". */
export function Stars({ value, className = "" }: { value: number; className?: string }) {
  const shown = Math.max(0, Math.min(5, value))
  const words = Number.isInteger(shown) ? String(shown) : shown.toFixed(1)
  return (
    <span
      role="img"
      aria-label={`${words} out of 5 stars`}
      className={`relative inline-block whitespace-nowrap leading-none text-ink/20 ${className}`}
      data-testid="stars"
      data-value={shown}
    >
      <span aria-hidden="true">★★★★★</span>
      <span
        aria-hidden="true"
        className="absolute inset-y-0 left-0 overflow-hidden text-amber-500"
        style={{ width: `${(shown / 5) * 100}%` }}
      >
        ★★★★★
      </span>
    </span>
  )
}
