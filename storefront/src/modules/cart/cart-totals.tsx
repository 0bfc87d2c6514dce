import type { HttpTypes } from "@medusajs/types"
import { formatMoney } from "@/lib/util/money"

type Totals = Pick<HttpTypes.StoreCart, "item_subtotal" | "shipping_total" | "tax_total" | "discount_total" | "total" | "currency_code">

/** Subtotal, delivery, tax and total, as Medusa computed them. */
export function CartTotals({ cart, shippingChosen }: { cart: Totals; shippingChosen?: boolean }) {
  const money = (amount: number | undefined) => formatMoney(amount ?? 0, cart.currency_code)
  return (
    <dl className="space-y-2 text-sm" data-testid="cart-totals">
      <Row label="Subtotal" value={money(cart.item_subtotal)} />
      <Row label="Delivery" value={shippingChosen === false ? "Chosen at checkout" : money(cart.shipping_total)} />
      {!!cart.discount_total && <Row label="Discount" value={`− ${money(cart.discount_total)}`} />}
      <Row label="Tax" value={money(cart.tax_total)} />
      <div className="flex justify-between border-t border-ink/10 pt-2 text-base font-semibold">
        <dt>Total</dt>
        <dd data-testid="cart-total">{money(cart.total)}</dd>
      </div>
    </dl>
  )
}

function Row({ label, value }: { label: string; value: string }) {
  return (
    <div className="flex justify-between">
      <dt className="text-ink-soft">{label}</dt>
      <dd>{value}</dd>
    </div>
  )
}
