import type { HttpTypes } from "@medusajs/types"
import { CartTotals } from "@/modules/cart/cart-totals"
import { formatMoney } from "@/lib/util/money"

/** Items, address and totals of a placed order. */
export function OrderDetails({ order }: { order: HttpTypes.StoreOrder }) {
  const address = order.shipping_address
  return (
    <div className="grid gap-6 md:grid-cols-[1fr_300px]">
      <ul className="divide-y divide-ink/10" aria-label="Items ordered">
        {(order.items ?? []).map((item) => (
          <li key={item.id} className="flex justify-between gap-4 py-3 text-sm" data-testid="order-line">
            <span>
              {item.quantity} × {item.product_title}
              {item.variant_title && item.variant_title !== "Default" ? ` (${item.variant_title})` : ""}
            </span>
            <span>{formatMoney(item.subtotal ?? 0, order.currency_code)}</span>
          </li>
        ))}
      </ul>
      <div className="space-y-4">
        <CartTotals cart={order as never} />
        {address && (
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
