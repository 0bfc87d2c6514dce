import type { HttpTypes } from "@medusajs/types"
import { needsDelivery } from "@/lib/util/delivery"
import { CartTotals } from "@/modules/cart/cart-totals"
import { LineSummary } from "./line-summary"

/** Items, address and totals of a placed order; the lines in `reviewable` link to their review form. */
export function OrderDetails({ order, reviewable }: { order: HttpTypes.StoreOrder; reviewable?: ReadonlySet<string> }) {
  const address = order.shipping_address
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_300px]">
      <LineSummary
        items={order.items ?? []}
        currency={order.currency_code}
        label="Items ordered"
        testId="order-line"
        reviewable={reviewable}
      />
      <div className="space-y-4">
        <CartTotals cart={order} />
        {address && needsDelivery(order) && (
          <div className="text-sm">
            <h3 className="font-medium">Delivering to</h3>
            <p className="text-ink-soft">
              {address.first_name} {address.last_name}
              <br />
              {address.address_1}, {address.city} {address.postal_code}, {address.country_code?.toUpperCase()}
            </p>
            {order.shipping_methods?.[0] && <p className="text-ink-soft">{order.shipping_methods[0].name}</p>}
          </div>
        )}
      </div>
    </div>
  )
}
