import type { ReviewPurchase, ReviewTarget } from "../../modules/review/values"

/**
 * What a review needs to know of a purchase, read from the bookings, tickets
 * and orders (never from metadata). `customer_id` is whoever bought it.
 */
export type PurchaseFacts =
  | {
      type: "booking"
      id: string
      customer_id: string | null
      status: string
      ends_at: Date
      practitioner_id: string
      order_id: string | null
    }
  | {
      type: "ticket"
      id: string
      customer_id: string | null
      status: string
      date_ends_at: Date
      date_status: string
      event_id: string
      host_practitioner_id: string | null
      order_id: string | null
    }
  | {
      type: "order_line"
      id: string
      customer_id: string | null
      order_status: string
      product_id: string | null
      practitioner_id: string | null
      /** When a fulfillment (not cancelled) carrying this line was first shipped, and delivered. */
      shipped_at: Date | null
      delivered_at: Date | null
      order_id: string
      /** Sessions and tickets are reviewed through their booking or ticket, never as a product. */
      is_session_or_ticket: boolean
    }

export type ReviewablePurchase = { target_type: ReviewTarget; target_id: string; practitioner_id: string | null }

/**
 * Whether this customer may review this purchase now; a sentence saying why
 * not otherwise. The rules:
 * - a session: once it was completed (not a no-show, not cancelled);
 * - a ticket: once it was checked in, or once its date has ended with the
 *   ticket still valid (a cancelled ticket or date never);
 * - a product: once its order line was shipped or delivered, in an order
 *   that was not cancelled;
 * - always the buyer's own purchase (someone else's reads as not found).
 */
export function reviewRefusal(purchase: PurchaseFacts | undefined, customerId: string, now: Date): string | undefined {
  if (!purchase || purchase.customer_id !== customerId) return "No such purchase of yours to review."
  switch (purchase.type) {
    case "booking":
      if (purchase.status === "completed") return undefined
      if (purchase.status === "no_show") return "A session marked as missed cannot be reviewed."
      if (purchase.status === "cancelled") return "A cancelled session cannot be reviewed."
      return "This session can be reviewed once the practitioner has marked it completed."
    case "ticket":
      if (purchase.status === "checked_in") return undefined
      if (purchase.status !== "valid" || purchase.date_status === "cancelled") return "A cancelled ticket cannot be reviewed."
      return purchase.date_ends_at.getTime() <= now.getTime()
        ? undefined
        : "This event can be reviewed once you attended it or it has ended."
    case "order_line":
      if (purchase.is_session_or_ticket) return "Sessions and tickets are reviewed from My sessions and My tickets."
      if (purchase.order_status === "canceled") return "Products of a cancelled order cannot be reviewed."
      if (!purchase.product_id) return "This product is no longer in the shop."
      return purchase.shipped_at || purchase.delivered_at ? undefined : "This product can be reviewed once it has been shipped to you."
  }
}

/** What the purchase reviews and which practitioner may reply. */
export function reviewTargetOf(purchase: PurchaseFacts): ReviewablePurchase {
  switch (purchase.type) {
    case "booking":
      return { target_type: "practitioner", target_id: purchase.practitioner_id, practitioner_id: purchase.practitioner_id }
    case "ticket":
      return { target_type: "event", target_id: purchase.event_id, practitioner_id: purchase.host_practitioner_id }
    case "order_line":
      return { target_type: "product", target_id: purchase.product_id!, practitioner_id: purchase.practitioner_id }
  }
}

export const purchaseLabel: Record<ReviewPurchase, string> = {
  booking: "Verified session",
  order_line: "Verified purchase",
  ticket: "Attended",
}
