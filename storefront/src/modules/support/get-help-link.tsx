import Link from "next/link"
import { newRequestHref, type SupportCategory, type SupportSide } from "@/lib/util/support"

/** "Get help with this": a new support request about exactly this order, session, ticket or payout. */
export function GetHelpLink({
  side = "customer",
  category,
  linkId,
  className = "underline",
}: {
  side?: SupportSide
  category: SupportCategory
  linkId: string
  className?: string
}) {
  return (
    <Link href={newRequestHref(side, { category, link_id: linkId })} className={className} data-testid="get-help">
      Get help with this
    </Link>
  )
}
