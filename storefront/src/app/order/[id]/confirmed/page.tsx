import type { Metadata } from "next"
import Link from "next/link"
import { notFound } from "next/navigation"
import { listOrderSessions } from "@/lib/data/bookings"
import { listOrderTickets } from "@/lib/data/events"
import { retrieveOrder } from "@/lib/data/customer"
import { OrderDetails } from "@/modules/order/order-details"
import { OrderSessions } from "@/modules/order/order-sessions"
import { TicketList } from "@/modules/events/ticket-list"

export const metadata: Metadata = { title: "Order confirmed", description: "Thank you for your order." }

export default async function OrderConfirmedPage({ params }: { params: Promise<{ id: string }> }) {
  const order = await retrieveOrder((await params).id)
  if (!order) notFound()
  const [sessions, tickets] = await Promise.all([listOrderSessions(order.id), listOrderTickets(order.id)])
  return (
    <>
      <h1 className="font-serif text-3xl">Thank you!</h1>
      <p className="mt-2" data-testid="order-confirmation">
        Order <strong>#{order.display_id}</strong> is placed. A confirmation is on its way to {order.email}.
      </p>
      <div className="card mt-6 p-5">
        <OrderDetails order={order} />
      </div>
      <OrderSessions orderId={order.id} sessions={sessions} />
      {tickets.length > 0 && (
        <section className="mt-6" aria-labelledby="order-tickets">
          <h2 id="order-tickets" className="mb-3 text-lg font-semibold">
            Your tickets
          </h2>
          <TicketList tickets={tickets} label="Tickets in this order" />
          <p className="mt-2 text-xs text-ink-soft">They are in your email too, and in My tickets when you are signed in.</p>
        </section>
      )}
      <div className="mt-6 flex gap-3">
        <Link href="/store" className="btn-secondary">
          Keep shopping
        </Link>
        <Link href="/account/orders" className="btn-secondary">
          Your orders
        </Link>
      </div>
    </>
  )
}
