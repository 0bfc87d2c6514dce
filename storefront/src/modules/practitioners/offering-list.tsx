import type { Offering } from "@/lib/data/practitioners"
import { formatMoney } from "@/lib/util/money"

/** Each session offering with its durations and prices in the shopper's currency. */
export function OfferingList({ offerings, currency }: { offerings: Offering[]; currency: string }) {
  if (!offerings.length) return <p className="text-sm text-ink-soft">No sessions on offer yet.</p>
  return (
    <ul className="space-y-3">
      {offerings.map((offering) => (
        <li key={offering.id} className="card p-4" data-testid="offering">
          <h3 className="font-medium">{offering.title}</h3>
          {offering.description && <p className="mt-1 text-sm text-ink-soft">{offering.description}</p>}
          <ul className="mt-3 space-y-1 text-sm">
            {offering.variants.map((variant) => {
              const price = variant.prices.find((p) => p.currency_code === currency)
              return (
                <li key={variant.id} className="flex justify-between">
                  <span>{variant.title}</span>
                  <span>{price ? formatMoney(price.amount, currency) : "Not offered in this currency"}</span>
                </li>
              )
            })}
          </ul>
        </li>
      ))}
    </ul>
  )
}
