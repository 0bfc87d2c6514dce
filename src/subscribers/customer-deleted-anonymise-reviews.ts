import type { SubscriberArgs, SubscriberConfig } from "@medusajs/framework"
import { anonymiseCustomerReviewsWorkflow } from "../workflows/review/workflows/anonymise-customer-reviews"

/** A deleted account's reviews stay, with no customer and a neutral name. */
export default async function anonymiseReviewsOnCustomerDeleted({
  event,
  container,
}: SubscriberArgs<{ id: string } | Array<{ id: string }>>) {
  const ids = (Array.isArray(event.data) ? event.data : [event.data]).map((customer) => customer.id).filter(Boolean)
  if (ids.length) await anonymiseCustomerReviewsWorkflow(container).run({ input: { customer_ids: ids } })
}

export const config: SubscriberConfig = { event: "customer.deleted", context: { subscriberId: "anonymise-customer-reviews" } }
