import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { requireCustomer, retrieveOrder } from "@/lib/data/customer"
import { listMyReviewable } from "@/lib/data/reviews"
import { AccountNav } from "@/modules/account/account-nav"
import { OrderDetails } from "@/modules/order/order-details"
import { purchaseIds } from "@/modules/reviews/review-words"
import { GetHelpLink } from "@/modules/support/get-help-link"

export const metadata: Metadata = { title: "Order details", description: "One of your Avenrae orders." }

export default async function OrderPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params
  const customer = await requireCustomer(`/account/orders/${id}`)
  const [order, mine] = await Promise.all([retrieveOrder(id), listMyReviewable()])
  if (!order || order.customer_id !== customer.id) notFound()
  return (
    <>
      <h1 className="font-serif text-3xl">Order #{order.display_id}</h1>
      <p className="text-ink-soft">
        Placed {new Date(order.created_at).toLocaleString("en-ZA", { dateStyle: "medium", timeStyle: "short" })}
      </p>
      <div className="mt-4">
        <AccountNav current="orders" />
      </div>
      <div className="card p-5">
        <OrderDetails order={order} reviewable={purchaseIds(mine.reviewable, "order_line")} />
      </div>
      <p className="mt-4 text-sm">
        <GetHelpLink category="order" linkId={order.id} />
      </p>
    </>
  )
}
