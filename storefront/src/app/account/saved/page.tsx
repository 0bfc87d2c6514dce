import type { Metadata } from "next"
import Link from "next/link"
import { requireCustomer } from "@/lib/data/customer"
import { listFavourites, type FavouriteTarget } from "@/lib/data/favourites"
import { AccountNav } from "@/modules/account/account-nav"
import { SavedGroup } from "@/modules/favourites/saved-group"

export const metadata: Metadata = { title: "Saved", description: "Practitioners, events and products you saved." }

const KINDS: FavouriteTarget[] = ["practitioner", "event", "product"]

export default async function SavedPage() {
  await requireCustomer("/account/saved")
  const favourites = await listFavourites()
  return (
    <>
      <h1 className="font-serif text-3xl">Saved</h1>
      <div className="mt-4">
        <AccountNav current="saved" />
      </div>
      {favourites.length === 0 ? (
        <p className="text-ink-soft" data-testid="saved-empty">
          Nothing saved yet. Press Save on a{" "}
          <Link href="/practitioners" className="underline">
            practitioner
          </Link>
          ,{" "}
          <Link href="/events" className="underline">
            event
          </Link>{" "}
          or{" "}
          <Link href="/store" className="underline">
            product
          </Link>{" "}
          to keep it here.
        </p>
      ) : (
        KINDS.map((kind) => <SavedGroup key={kind} kind={kind} favourites={favourites.filter((f) => f.target_type === kind)} />)
      )}
    </>
  )
}
