import type { Metadata } from "next"
import Link from "next/link"
import { listOrders, requireCustomer } from "@/lib/data/customer"
import { listMyReviewable } from "@/lib/data/reviews"
import { formatMoney } from "@/lib/util/money"
import { AccountNav } from "@/modules/account/account-nav"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { purchaseIds } from "@/modules/reviews/review-words"
import { WriteReviewLink } from "@/modules/reviews/write-review-link"

export const metadata: Metadata = { title: "Your orders", description: "Orders you placed at Avenrae." }

const PAGE_SIZE = 10

export default async function OrdersPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireCustomer("/account/orders")
  const page = pageFrom((await searchParams).page)
  const [{ orders, count }, mine] = await Promise.all([listOrders(page, PAGE_SIZE), listMyReviewable()])
  const reviewable = purchaseIds(mine.reviewable, "order_line")
  return (
    <>
      <h1 className="font-serif text-3xl">Your orders</h1>
      <div className="mt-4">
        <AccountNav current="orders" />
      </div>
      {orders.length === 0 ? (
        <p className="text-ink-soft">No orders yet.</p>
      ) : (
        <ul className="divide-y divide-ink/10" aria-label="Orders">
          {orders.map((order) => (
            <li key={order.id} className="flex flex-wrap items-center justify-between gap-2 py-3" data-testid="order-row">
              <div>
                <Link href={`/account/orders/${order.id}`} className="font-medium underline">
                  Order #{order.display_id}
                </Link>
                <p className="text-sm text-ink-soft">
                  {new Date(order.created_at).toLocaleDateString("en-ZA", { dateStyle: "medium" })} ·{" "}
                  {(order.items ?? []).reduce((n, i) => n + i.quantity, 0)} items
                </p>
              </div>
              <span>{formatMoney(order.total, order.currency_code)}</span>
              <ReviewableLines items={(order.items ?? []).filter((item) => reviewable.has(item.id))} />
            </li>
          ))}
        </ul>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} count={count} path="/account/orders" params={{}} />
    </>
  )
}

/** The order's lines that can be reviewed now, each with its link. */
function ReviewableLines({ items }: { items: Array<{ id: string; product_title?: string | null; title?: string | null }> }) {
  if (!items.length) return null
  return (
    <ul className="w-full text-sm" aria-label="To review">
      {items.map((item) => (
        <li key={item.id} className="flex flex-wrap gap-2">
          <span className="text-ink-soft">{item.product_title ?? item.title}:</span>
          <WriteReviewLink purchaseType="order_line" purchaseId={item.id} />
        </li>
      ))}
    </ul>
  )
}
