import "server-only"
import { orNull } from "../backend/call-backend"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import type { FavouriteTarget } from "../../../../src/modules/favourite/values"
import { SIGNED_OUT } from "./customer"

export type { FavouriteTarget }

/** Something the customer saved, with what it shows; `target` is null once it is no longer listed. */
export type Favourite = {
  id: string
  target_type: FavouriteTarget
  target_id: string
  /** Practitioners only: email the customer when they open new times or a new event. */
  notify: boolean
  created_at: string
  target: { title: string; handle: string; image: string | null } | null
}

/** The saved state a page's Save toggle starts from. */
export type SavedState = Pick<Favourite, "id" | "notify"> | null

/** What the logged-in customer saved, newest first. */
export async function listFavourites(): Promise<Favourite[]> {
  const { favourites } = await sdk.client.fetch<{ favourites: Favourite[] }>("/store/customers/me/favourites", {
    headers: await customerHeaders(),
    cache: "no-store",
  })
  return favourites
}

/**
 * Whether the logged-in customer saved this practitioner, event or product:
 * null when not, or when nobody is logged in (or the login expired); an
 * outage throws.
 */
export async function savedState(targetType: FavouriteTarget, targetId: string): Promise<SavedState> {
  if (!(await customerHeaders()).authorization) return null
  const favourites = await orNull(listFavourites, SIGNED_OUT)
  const saved = favourites?.find((f) => f.target_type === targetType && f.target_id === targetId)
  return saved ? { id: saved.id, notify: saved.notify } : null
}
