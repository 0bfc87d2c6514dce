import type { Metadata } from "next"
import Link from "next/link"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { PracticeLoginForm } from "@/modules/practice/practice-login-form"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = {
  title: "Practitioner portal",
  description: "Sell your sessions on Avenrae: apply, keep your profile and your offerings up to date.",
}

const STATUS_TEXT = {
  pending: "Your application is with our team. We will email you when it has been reviewed; meanwhile you can edit it.",
  approved: "You are listed in the directory. Shoppers can find you and see your offerings.",
  rejected: "Your application was not accepted.",
  suspended: "Your listing is suspended and hidden from shoppers.",
} as const

export default async function PracticePage() {
  const me = await retrieveOwnPractitioner()
  if (!me) {
    return (
      <div className="grid gap-10 md:grid-cols-2">
        <section>
          <h1 className="font-serif text-3xl">Sell your sessions on Avenrae</h1>
          <p className="mt-3 text-ink-soft">
            Healers, prophets, mediums and counsellors apply here. Once our team approves you, shoppers find you in the directory and book
            your sessions beside their crystals.
          </p>
          <Link href="/practice/apply" className="btn-primary mt-6">
            Apply now
          </Link>
        </section>
        <section aria-labelledby="portal-login" className="card p-5">
          <h2 id="portal-login" className="mb-4 text-lg font-semibold">
            Already applied? Log in
          </h2>
          <PracticeLoginForm />
        </section>
      </div>
    )
  }
  return (
    <>
      <h1 className="font-serif text-3xl">Welcome, {me.display_name}</h1>
      <div className="mt-4">
        <PracticeNav current="home" approved={me.status === "approved"} />
      </div>
      <section className="card p-5" aria-labelledby="status">
        <h2 id="status" className="text-lg font-semibold">
          Status: <span data-testid="practice-status">{me.status}</span>
          {me.verified && <span className="ml-2 rounded-full bg-emerald-100 px-2 py-0.5 text-xs text-emerald-900">Verified</span>}
        </h2>
        <p className="mt-2 text-ink-soft">{STATUS_TEXT[me.status]}</p>
        {me.status_reason && <p className="mt-2 text-sm">Reason given: {me.status_reason}</p>}
        {me.status === "approved" && (
          <p className="mt-3 text-sm">
            <Link href={`/practitioners/${me.handle}`} className="underline">
              See your public page
            </Link>
          </p>
        )}
      </section>
    </>
  )
}
