import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { openPracticeSupportRequest } from "@/lib/actions/support-actions"
import { describePractitionerLink } from "@/lib/data/support"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { presetFrom } from "@/lib/util/support"
import { PracticeNav } from "@/modules/practice/practice-nav"
import { NewSupportRequest } from "@/modules/support/new-request"

export const metadata: Metadata = { title: "New support request", description: "Ask Avenrae support for help." }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function NewPracticeSupportRequestPage({ searchParams }: Props) {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const preset = presetFrom(await searchParams, "practitioner")
  const about = preset.category && preset.link_id ? await describePractitionerLink(preset.category, preset.link_id, me.timezone) : null
  return (
    <>
      <h1 className="font-serif text-3xl">New support request</h1>
      <div className="mt-4">
        <PracticeNav current="support" approved />
      </div>
      <NewSupportRequest side="practitioner" preset={preset} about={about} action={openPracticeSupportRequest} />
    </>
  )
}
