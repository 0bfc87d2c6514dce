import Link from "next/link"
import type { FavouriteTarget, SavedState } from "@/lib/data/favourites"
import { SaveToggle } from "./save-toggle"

/**
 * "Save" on a practitioner's, event's or product's page: the toggle for a
 * logged-in customer, a way to log in (and come back) for anyone else.
 */
export function SaveControl({
  targetType,
  targetId,
  saved,
  signedIn,
  path,
  notifyName,
}: {
  targetType: FavouriteTarget
  targetId: string
  saved: SavedState
  signedIn: boolean
  /** The page's own path, for the way back from logging in. */
  path: string
  /** A practitioner's name, to offer email about their new times and events. */
  notifyName?: string
}) {
  if (!signedIn) {
    return (
      <p className="text-sm">
        <Link href={`/account/login?return_to=${encodeURIComponent(path)}`} className="underline" data-testid="save-login">
          <span aria-hidden="true">♡</span> Log in to save
        </Link>
      </p>
    )
  }
  return <SaveToggle targetType={targetType} targetId={targetId} saved={saved} notifyName={notifyName} />
}
