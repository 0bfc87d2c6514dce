import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { listSupportRequests } from "@/lib/data/support"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { pageFrom, Pagination } from "@/modules/common/pagination"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { SupportRequestList } from "@/modules/support/request-list"

export const metadata: Metadata = {
  title: "Support",
  description: "Ask Avenrae support for help, and answer the requests support added you to.",
}

const PAGE_SIZE = 20

export default async function PracticeSupportPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const page = Math.min(500, pageFrom((await searchParams).page))
  const { support_requests, count } = await listSupportRequests("practitioner", { limit: PAGE_SIZE, offset: (page - 1) * PAGE_SIZE })
  return (
    <>
      <h1 className="font-serif text-3xl">Support</h1>
      <div className="mt-4">
        <PracticeNav current="support" approved />
      </div>
      <div className="mb-6 flex flex-wrap items-center justify-between gap-3">
        <p className="max-w-xl text-sm text-ink-soft">
          Your requests to Avenrae support, and clients&apos; requests support added you to so you can help. To ask about a booking or a
          payout, use &ldquo;Get help with this&rdquo; on it, or start here.
        </p>
        <Link href="/practice/support/new" className="btn-primary" data-testid="new-support-request">
          New request
        </Link>
      </div>
      {support_requests.length === 0 ? (
        <p className="text-ink-soft" data-testid="support-empty">
          {count > 0 ? "No requests on this page." : "No support requests yet."}
        </p>
      ) : (
        <SupportRequestList requests={support_requests} side="practitioner" zone={me.timezone} />
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} count={count} path="/practice/support" params={{}} label="More requests" />
    </>
  )
}
