"use server"

import { revalidatePath } from "next/cache"
import { z } from "zod"
import { sdk } from "../config"
import { customerHeaders } from "../cookies"
import type { Favourite, FavouriteTarget, SavedState } from "../data/favourites"
import { ActionState, errorMessage, statusOf } from "../util/errors"

const TARGETS = ["practitioner", "event", "product"] as const satisfies readonly FavouriteTarget[]

const Target = z.object({
  target_type: z.enum(TARGETS, { message: "This cannot be saved." }),
  target_id: z.string().trim().min(1, "This cannot be saved.").max(100, "This cannot be saved."),
})

/** A favourite's id as a path segment. */
const path = (favouriteId: string) => `/store/customers/me/favourites/${encodeURIComponent(favouriteId)}`

/** The backend's words, or a plain "log in again" when the login has expired. */
const problem = (error: unknown) => (statusOf(error) === 401 ? "Your login has expired. Log in again." : errorMessage(error))

type Saved = { saved?: SavedState; error?: string }

/** Saves a practitioner, event or product (saving it again answers the saved one). */
export async function saveFavourite(targetType: FavouriteTarget, targetId: string): Promise<Saved> {
  const input = Target.safeParse({ target_type: targetType, target_id: targetId })
  if (!input.success) return { error: input.error.issues[0].message }
  try {
    const { favourite } = await sdk.client.fetch<{ favourite: Favourite }>("/store/customers/me/favourites", {
      method: "POST",
      headers: await customerHeaders(),
      body: input.data,
    })
    revalidatePath("/account/saved")
    return { saved: { id: favourite.id, notify: favourite.notify } }
  } catch (error) {
    return { error: problem(error) }
  }
}

/** Forgets a saved item; one already gone (another tab) counts as forgotten. */
export async function unsaveFavourite(favouriteId: string): Promise<Saved> {
  if (typeof favouriteId !== "string" || !favouriteId) return { error: "This is not one of your saved items." }
  try {
    await sdk.client.fetch(path(favouriteId), { method: "DELETE", headers: await customerHeaders() })
  } catch (error) {
    if (statusOf(error) !== 404) return { error: problem(error) }
  }
  revalidatePath("/account/saved")
  return { saved: null }
}

/** Turns the email about a saved practitioner's new times and events on or off. */
export async function setFavouriteNotify(favouriteId: string, notify: boolean): Promise<Saved> {
  if (typeof favouriteId !== "string" || !favouriteId) return { error: "This is not one of your saved items." }
  try {
    const { favourite } = await sdk.client.fetch<{ favourite: Favourite }>(path(favouriteId), {
      method: "POST",
      headers: await customerHeaders(),
      body: { notify: notify === true },
    })
    revalidatePath("/account/saved")
    return { saved: { id: favourite.id, notify: favourite.notify } }
  } catch (error) {
    return { error: problem(error) }
  }
}

/** "Remove" on the Saved page. */
export async function removeSaved(_: ActionState, form: FormData): Promise<ActionState> {
  const answer = await unsaveFavourite(String(form.get("favourite_id") ?? ""))
  return answer.error ? { error: answer.error } : { ok: true, message: "Removed." }
}
