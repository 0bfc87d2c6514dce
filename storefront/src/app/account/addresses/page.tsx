import type { Metadata } from "next"
import { deleteAddress } from "@/lib/actions/account-actions"
import { requireCustomer } from "@/lib/data/customer"
import { listRegions } from "@/lib/data/regions"
import { AccountNav } from "@/modules/account/account-nav"
import { AddressForm } from "@/modules/account/address-form"

export const metadata: Metadata = { title: "Your addresses", description: "Addresses saved to your account." }

export default async function AddressesPage() {
  const customer = await requireCustomer("/account/addresses")
  const regions = await listRegions()
  const countries = regions
    .flatMap((r) => r.countries ?? [])
    .map((c) => ({ code: c.iso_2!, name: c.display_name ?? c.iso_2! }))
    .sort((a, b) => a.name.localeCompare(b.name))
  return (
    <>
      <h1 className="font-serif text-3xl">Your addresses</h1>
      <div className="mt-4">
        <AccountNav current="addresses" />
      </div>
      <ul className="mb-8 grid gap-4 sm:grid-cols-2" aria-label="Saved addresses">
        {(customer.addresses ?? []).map((a) => (
          <li key={a.id} className="card flex justify-between gap-4 p-4 text-sm">
            <p>
              {a.first_name} {a.last_name}
              <br />
              {a.address_1}, {a.city} {a.postal_code}, {a.country_code?.toUpperCase()}
            </p>
            <form action={deleteAddress}>
              <input type="hidden" name="address_id" value={a.id} />
              <button type="submit" className="underline" aria-label={`Delete the address ${a.address_1}`}>
                Delete
              </button>
            </form>
          </li>
        ))}
        {!customer.addresses?.length && <li className="text-ink-soft">No saved addresses yet.</li>}
      </ul>
      <h2 className="mb-3 text-lg font-semibold">Add an address</h2>
      <AddressForm countries={countries} />
    </>
  )
}
