import type { Metadata } from "next"
import { requireCustomer } from "@/lib/data/customer"
import { AccountNav } from "@/modules/account/account-nav"
import { ProfileForm } from "@/modules/account/profile-form"

export const metadata: Metadata = { title: "Your account", description: "Your Avenrae profile." }

export default async function AccountPage() {
  const customer = await requireCustomer("/account")
  return (
    <>
      <h1 className="font-serif text-3xl">Your account</h1>
      <p className="mb-4 text-ink-soft">{customer.email}</p>
      <AccountNav current="overview" />
      <ProfileForm initial={{ first_name: customer.first_name ?? "", last_name: customer.last_name ?? "", phone: customer.phone ?? "" }} />
    </>
  )
}
