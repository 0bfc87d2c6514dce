import { ContainerRegistrationKeys } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { FORMER_CLIENT_NAME } from "../../../lib/reviews/reviewer-name"
import { EVENT_MODULE } from "../../../modules/event"
import type EventModuleService from "../../../modules/event/service"
import { REVIEW_MODULE } from "../../../modules/review"
import type ReviewModuleService from "../../../modules/review/service"

const cents = (amount: unknown) => Math.round(Number(amount ?? 0) * 100)

/**
 * After a refund: the reviews of the order whose purchase no longer stands
 * lose `verified` (and their badge) but stay published, because a refund is
 * no reason to hide an opinion. A purchase no longer stands when the whole
 * order was refunded, or when its ticket was cancelled or refunded.
 */
export const unverifyRefundedReviewsStep = createStep("unverify-refunded-reviews", async (input: { payment_id: string }, { container }) => {
  const query = container.resolve(ContainerRegistrationKeys.QUERY)
  const { data: payments } = await query.graph({ entity: "payment", fields: ["payment_collection_id"], filters: { id: input.payment_id } })
  if (!payments[0]) return new StepResponse({ unverified: 0 })
  const { data: links } = await query.graph({
    entity: "order_payment_collection",
    fields: ["order_id"],
    filters: { payment_collection_id: payments[0].payment_collection_id },
  })
  const orderId: string | undefined = links[0]?.order_id
  if (!orderId) return new StepResponse({ unverified: 0 })
  const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
  const reviews = await service.listReviews({ order_id: orderId, verified: true })
  if (!reviews.length) return new StepResponse({ unverified: 0 })

  const { data: orders } = await query.graph({
    entity: "order",
    fields: [
      "payment_collections.payments.amount",
      "payment_collections.payments.captured_at",
      "payment_collections.payments.refunds.amount",
    ],
    filters: { id: orderId },
  })
  const paymentsOfOrder = (orders[0]?.payment_collections ?? []).flatMap((collection: any) => collection?.payments ?? [])
  const paid = paymentsOfOrder.filter((p: any) => p?.captured_at).reduce((sum: number, p: any) => sum + cents(p.amount), 0)
  const refunded = paymentsOfOrder.flatMap((p: any) => p?.refunds ?? []).reduce((sum: number, r: any) => sum + cents(r?.amount), 0)
  const wholeOrder = paid > 0 && refunded >= paid

  const ticketIds = reviews.filter((r) => r.purchase_type === "ticket").map((r) => r.purchase_id)
  const tickets = ticketIds.length ? await container.resolve<EventModuleService>(EVENT_MODULE).listEventTickets({ id: ticketIds }) : []
  const ticketGone = new Set(tickets.filter((t) => t.status === "cancelled" || t.status === "refunded").map((t) => t.id))

  const lost = reviews.filter((review) => wholeOrder || ticketGone.has(review.purchase_id))
  if (lost.length) {
    await service.updateReviews(
      lost.map((review) => ({
        id: review.id,
        verified: false,
        unverified_reason: wholeOrder ? "The order was refunded in full." : "The ticket was cancelled and refunded.",
      }))
    )
  }
  return new StepResponse({ unverified: lost.length })
})

/**
 * A deleted account's reviews stay (they are part of the record the ratings
 * are made of) but no longer point at anyone: no customer, a neutral name.
 */
export const anonymiseCustomerReviewsStep = createStep(
  "anonymise-customer-reviews",
  async (input: { customer_ids: string[] }, { container }) => {
    const service = container.resolve<ReviewModuleService>(REVIEW_MODULE)
    const reviews = await service.listReviews({ customer_id: input.customer_ids }, { select: ["id"] })
    if (reviews.length) {
      await service.updateReviews(reviews.map((review) => ({ id: review.id, customer_id: null, reviewer_name: FORMER_CLIENT_NAME })))
    }
    const votes = await service.listReviewVotes({ customer_id: input.customer_ids }, { select: ["id"] })
    if (votes.length) await service.updateReviewVotes(votes.map((vote) => ({ id: vote.id, customer_id: `anonymised:${vote.id}` })))
    return new StepResponse({ anonymised: reviews.length })
  }
)
