import type { Metadata } from "next"
import Link from "next/link"
import { listCartSessions } from "@/lib/data/bookings"
import { retrieveCart } from "@/lib/data/cart"
import { listCartTickets } from "@/lib/data/events"
import { CartLines } from "@/modules/cart/cart-lines"
import { CartTotals } from "@/modules/cart/cart-totals"

export const metadata: Metadata = { title: "Cart", description: "Your Avenrae cart." }

export default async function CartPage() {
  const cart = await retrieveCart()
  const items = cart?.items ?? []
  const [sessions, tickets] = cart && items.length ? await Promise.all([listCartSessions(cart.id), listCartTickets(cart.id)]) : [[], []]
  return (
    <>
      <h1 className="font-serif text-3xl">Cart</h1>
      {!cart || items.length === 0 ? (
        <div className="mt-6">
          <p className="text-ink-soft">Your cart is empty.</p>
          <Link href="/store" className="btn-primary mt-4">
            Browse the shop
          </Link>
        </div>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_320px]">
          <CartLines items={items} sessions={sessions} tickets={tickets} currency={cart.currency_code} />
          <aside className="card h-fit p-5">
            <CartTotals cart={cart} shippingChosen={!!cart.shipping_methods?.length} />
            <Link href="/checkout" className="btn-primary mt-5 w-full">
              Go to checkout
            </Link>
          </aside>
        </div>
      )}
    </>
  )
}
