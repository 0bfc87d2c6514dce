import { formatMoney } from "@/lib/util/money"
import { WriteReviewLink } from "@/modules/reviews/write-review-link"

type Line = { id: string; quantity: number; product_title?: string | null; variant_title?: string | null; subtotal?: number | null }

/** "2 × Rose Quartz (Single stone) … R 90,00" for each line of a cart or an order; a line in `reviewable` links to its review form. */
export function LineSummary({
  items,
  currency,
  label,
  testId,
  reviewable,
}: {
  items: Line[]
  currency: string
  label: string
  testId?: string
  reviewable?: ReadonlySet<string>
}) {
  return (
    <ul className="divide-y divide-ink/10 text-sm" aria-label={label}>
      {items.map((item) => (
        <li key={item.id} className="flex justify-between gap-4 py-2" data-testid={testId}>
          <span>
            {item.quantity} × {item.product_title}
            {item.variant_title && item.variant_title !== "Default" ? ` (${item.variant_title})` : ""}
            {reviewable?.has(item.id) && (
              <>
                {" "}
                · <WriteReviewLink purchaseType="order_line" purchaseId={item.id} />
              </>
            )}
          </span>
          <span>{formatMoney(item.subtotal ?? 0, currency)}</span>
        </li>
      ))}
    </ul>
  )
}
