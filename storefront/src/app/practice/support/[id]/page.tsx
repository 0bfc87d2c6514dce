import type { Metadata } from "next"
import { notFound, redirect } from "next/navigation"
import { closePracticeSupportRequest, replyToPracticeSupportRequest } from "@/lib/actions/support-actions"
import { retrieveSupportRequest } from "@/lib/data/support"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { SupportThreadView } from "@/modules/support/support-thread"

export const metadata: Metadata = { title: "Support request", description: "A support request you are in, and its answers." }

type Props = { params: Promise<{ id: string }>; searchParams: Promise<{ sent?: string }> }

export default async function PracticeSupportRequestPage({ params, searchParams }: Props) {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const [{ id }, { sent }] = await Promise.all([params, searchParams])
  const request = await retrieveSupportRequest("practitioner", id)
  if (!request) notFound()
  return (
    <>
      <h1 className="break-words font-serif text-3xl">{request.subject}</h1>
      <div className="mt-4">
        <PracticeNav current="support" approved />
      </div>
      {sent && (
        <p role="status" className="mb-4 text-sm text-emerald-800" data-testid="support-sent">
          Your request is sent. Avenrae support will answer here and let you know by email.
        </p>
      )}
      <SupportThreadView
        request={request}
        side="practitioner"
        zone={me.timezone}
        reply={replyToPracticeSupportRequest}
        close={closePracticeSupportRequest}
      />
    </>
  )
}
