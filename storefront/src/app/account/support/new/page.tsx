import type { Metadata } from "next"
import { openCustomerSupportRequest } from "@/lib/actions/support-actions"
import { requireCustomer } from "@/lib/data/customer"
import { shopperZone } from "@/lib/data/shopper-zone"
import { describeCustomerLink } from "@/lib/data/support"
import { newRequestHref, presetFrom, SUPPORT_PATH } from "@/lib/util/support"
import { AccountNav } from "@/modules/account/account-nav"
import { NewSupportRequest } from "@/modules/support/new-request"

export const metadata: Metadata = { title: "New support request", description: "Ask Avenrae support for help." }

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> }

export default async function NewSupportRequestPage({ searchParams }: Props) {
  const preset = presetFrom(await searchParams, "customer")
  const here = preset.category
    ? newRequestHref("customer", { category: preset.category, link_id: preset.link_id })
    : `${SUPPORT_PATH.customer}/new`
  const customer = await requireCustomer(here)
  const about =
    preset.category && preset.link_id ? await describeCustomerLink(preset.category, preset.link_id, customer.id, await shopperZone()) : null
  return (
    <>
      <h1 className="font-serif text-3xl">New support request</h1>
      <div className="mt-4">
        <AccountNav current="support" />
      </div>
      <NewSupportRequest side="customer" preset={preset} about={about} action={openCustomerSupportRequest} />
    </>
  )
}
