import type { Metadata } from "next"
import { redirect } from "next/navigation"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { ApplyForm } from "@/modules/practice/apply-form"
import { allTimeZones } from "@/modules/practice/profile-fields"

export const metadata: Metadata = { title: "Apply as a practitioner", description: "Apply to sell your sessions on Avenrae." }

export default async function ApplyPage() {
  if (await retrieveOwnPractitioner()) redirect("/practice")
  return (
    <>
      <h1 className="font-serif text-3xl">Apply as a practitioner</h1>
      <p className="mb-6 mt-2 max-w-2xl text-ink-soft">
        Tell shoppers who you are. Our team reviews every application; you can edit yours while you wait.
      </p>
      <ApplyForm timeZones={allTimeZones()} />
    </>
  )
}
