import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { shopperZone } from "@/lib/data/shopper-zone"
import { listSupportRequests } from "@/lib/data/support"
import { AccountNav } from "@/modules/account/account-nav"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { SupportRequestList } from "@/modules/support/request-list"

export const metadata: Metadata = { title: "Support", description: "Ask Avenrae support for help and follow your requests." }

const PAGE_SIZE = 20

export default async function SupportPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  await requireCustomer("/account/support")
  const page = Math.min(500, pageFrom((await searchParams).page))
  const [{ support_requests, count }, zone] = await Promise.all([
    listSupportRequests("customer", { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE }),
    shopperZone(),
  ])
  return (
    <>
      <h1 className="font-serif text-3xl">Support</h1>
      <div className="mt-4">
        <AccountNav current="support" />
      </div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-xl text-sm text-ink-soft">
          Questions about an order, a session, a ticket or your account. To ask about one of them, use &ldquo;Get help with this&rdquo; on
          it, or start here.
        </p>
        <Link href="/account/support/new" className="btn-primary" data-testid="new-support-request">
          New request
        </Link>
      </div>
      {support_requests.length === 0 ? (
        <p className="text-ink-soft" data-testid="support-empty">
          {count > 0 ? "No requests on this page." : "You have not asked for help yet."}
        </p>
      ) : (
        <SupportRequestList requests={support_requests} side="customer" zone={zone} role="requester" />
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} count={count} path="/account/support" params={{}} label="More requests" />
    </>
  )
}
