import type { Metadata } from "next"
import { notFound } from "next/navigation"
import { closeCustomerSupportRequest, replyToCustomerSupportRequest } from "@/lib/actions/support-actions"
import { requireCustomer } from "@/lib/data/customer"
import { shopperZone } from "@/lib/data/shopper-zone"
import { retrieveSupportRequest } from "@/lib/data/support"
import { AccountNav } from "@/modules/account/account-nav"
import { SupportThreadView } from "@/modules/support/support-thread"

export const metadata: Metadata = { title: "Support request", description: "One of your support requests and its answers." }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }

export default async function SupportRequestPage({ params, searchParams }: Props) {
  const [{ id }, { sent }] = await Promise.all([params, searchParams])
  await requireCustomer(`/account/support/${encodeURIComponent(id)}`)
  const [request, zone] = await Promise.all([retrieveSupportRequest("customer", id), shopperZone()])
  if (!request) notFound()
  return (
    <>
      <h1 className="break-words font-serif text-3xl">{request.subject}</h1>
      <div className="mt-4">
        <AccountNav current="support" />
      </div>
      {sent && (
        <p role="status" className="mb-4 text-sm text-emerald-800" data-testid="support-sent">
          Your request is sent. Avenrae support will answer here and let you know by email.
        </p>
      )}
      <SupportThreadView
        request={request}
        side="customer"
        zone={zone}
        reply={replyToCustomerSupportRequest}
        close={closeCustomerSupportRequest}
      />
    </>
  )
}
