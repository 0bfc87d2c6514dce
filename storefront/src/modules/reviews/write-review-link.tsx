import Link from "next/link"
import type { ReviewPurchase } from "@/lib/data/reviews"
import { writeReviewHref } from "./review-words"

/** "Write a review" for exactly one purchase: a session, an order line or a ticket. */
export function WriteReviewLink({
  purchaseType,
  purchaseId,
  children = "Write a review",
  className = "underline",
}: {
  purchaseType: ReviewPurchase
  purchaseId: string
  children?: React.ReactNode
  className?: string
}) {
  return (
    <Link href={writeReviewHref({ purchase_type: purchaseType, purchase_id: purchaseId })} className={className} data-testid="write-review">
      {children}
    </Link>
  )
}
