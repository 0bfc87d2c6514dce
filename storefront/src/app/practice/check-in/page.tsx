import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { CheckInDesk } from "@/modules/practice/check-in-desk"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = { title: "Check-in", description: "Check in tickets to the events you host." }

export default async function CheckInPage() {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  return (
    <>
      <h1 className="font-serif text-3xl">Check-in</h1>
      <div className="mt-4">
        <PracticeNav current="check-in" approved />
      </div>
      <p className="mb-4 text-sm text-ink-soft">
        Type the code under a ticket&apos;s QR code, or scan it where your browser can. Only tickets to events you host are admitted, from
        when the door opens until the end.
      </p>
      <CheckInDesk />
    </>
  )
}
