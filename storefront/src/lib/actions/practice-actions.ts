"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { backendFetch } from "../backend/call-backend"
import { sdk } from "../config"
import { practitionerHeaders, removeCookie, writeCookie } from "../cookies"
import { ActionState, errorMessage, failure, statusOf } from "../util/errors"
import { findPlace } from "../util/places"

const list = (value: FormDataEntryValue | null) =>
  String(value ?? "")
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean)

/** The profile fields of the application and profile forms, as the vendor API wants them. */
function profileFrom(form: FormData) {
  const city = String(form.get("city") ?? "").trim()
  const place = city ? findPlace(city) : undefined
  return {
    display_name: String(form.get("display_name") ?? "").trim(),
    kind: String(form.get("kind") ?? ""),
    specialties: list(form.get("specialties")),
    languages: list(form.get("languages")),
    bio: String(form.get("bio") ?? ""),
    years_of_experience: Number(form.get("years_of_experience") || 0),
    city: city || null,
    country_code:
      String(form.get("country_code") ?? "")
        .trim()
        .toLowerCase() || null,
    latitude: place?.lat ?? null,
    longitude: place?.lng ?? null,
    meeting_modes: form.getAll("meeting_modes").map(String),
    timezone: String(form.get("timezone") ?? ""),
  }
}

const Credentials = z.object({
  email: z.string().trim().email("Enter an email address like name@example.com."),
  password: z.string().min(8, "Choose a password of at least 8 characters."),
})

/** Creates the practitioner's login, sends the application and logs them in to the portal. */
export async function applyAsPractitioner(_: ActionState, form: FormData): Promise<ActionState> {
  const credentials = Credentials.safeParse({ email: form.get("email"), password: form.get("password") })
  if (!credentials.success) return failure(form, credentials.error.issues[0].message)
  const profile = profileFrom(form)
  if (!profile.meeting_modes.length) return failure(form, "Choose whether you meet in person, online or both.")
  try {
    const registration = await sdk.auth.register("practitioner", "emailpass", credentials.data)
    const auth = { authorization: `Bearer ${registration}` }
    await sdk.client.fetch("/vendor/practitioners", { method: "POST", headers: auth, body: profile })
    const { token } = await sdk.client.fetch<{ token: string }>("/auth/token/refresh", { method: "POST", headers: auth })
    await writeCookie("practitioner", token)
  } catch (error) {
    const message = errorMessage(error)
    return failure(form, /exists/i.test(message) ? "This email already has a login. Log in to the portal instead." : message)
  }
  redirect("/practice")
}

export async function practitionerLogin(_: ActionState, form: FormData): Promise<ActionState> {
  const email = String(form.get("email") ?? "").trim()
  const password = String(form.get("password") ?? "")
  if (!email || !password) return failure(form, "Enter your email and password.")
  try {
    const token = await sdk.auth.login("practitioner", "emailpass", { email, password })
    if (typeof token !== "string") return failure(form, "This login needs a step the portal does not support.")
    await writeCookie("practitioner", token)
  } catch (error) {
    return failure(form, statusOf(error) === 401 ? "That email and password do not match a practitioner login." : errorMessage(error))
  }
  redirect("/practice")
}

export async function practitionerLogout() {
  await removeCookie("practitioner")
  redirect("/practice")
}

export async function updatePracticeProfile(_: ActionState, form: FormData): Promise<ActionState> {
  const profile = profileFrom(form)
  if (!profile.meeting_modes.length) return failure(form, "Choose whether you meet in person, online or both.")
  try {
    await sdk.client.fetch("/vendor/me", { method: "POST", headers: await practitionerHeaders(), body: profile })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/practice", "layout")
  return { ok: true, message: "Your profile is saved." }
}

/** Sends the picture on to the vendor API as multipart; the backend checks type and size. */
export async function uploadAvatar(_: ActionState, form: FormData): Promise<ActionState> {
  const file = form.get("avatar")
  if (!(file instanceof File) || file.size === 0) return failure(form, "Choose a picture first.")
  const body = new FormData()
  body.append("avatar", file, file.name)
  let response: Response
  try {
    response = await backendFetch("/vendor/me/avatar", { method: "POST", headers: await practitionerHeaders(), body })
  } catch (error) {
    return failure(form, errorMessage(error, "The picture could not be saved."))
  }
  if (!response.ok) {
    const answer = await response.json().catch(() => ({}))
    return failure(form, answer.message ?? "The picture could not be saved.")
  }
  revalidatePath("/practice", "layout")
  return { ok: true, message: "Your picture is saved." }
}

/** A new session offering: durations with a price per currency. */
export async function createOffering(_: ActionState, form: FormData): Promise<ActionState> {
  const minutes = form.getAll("minutes").map(Number)
  const durations = minutes
    .map((m, i) => ({
      minutes: m,
      prices: Object.fromEntries(
        (["zar", "usd", "eur"] as const)
          .map((c) => [c, Number(form.getAll(`price_${c}`)[i] || 0)] as const)
          .filter(([, amount]) => amount > 0)
      ),
    }))
    .filter((d) => d.minutes > 0)
  try {
    await sdk.client.fetch("/vendor/products", {
      method: "POST",
      headers: await practitionerHeaders(),
      body: { title: String(form.get("title") ?? ""), description: String(form.get("description") ?? ""), durations },
    })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/practice/offerings")
  return { ok: true, message: "Your offering is published." }
}

/** A new title or description for one of one's own offerings. */
export async function updateOffering(_: ActionState, form: FormData): Promise<ActionState> {
  const id = String(form.get("product_id") ?? "")
  try {
    await sdk.client.fetch(`/vendor/products/${encodeURIComponent(id)}`, {
      method: "POST",
      headers: await practitionerHeaders(),
      body: { title: String(form.get("title") ?? "").trim(), description: String(form.get("description") ?? "") },
    })
  } catch (error) {
    return failure(form, errorMessage(error))
  }
  revalidatePath("/practice/offerings")
  return { ok: true, message: "Saved." }
}

export async function setOfferingStatus(form: FormData) {
  const id = String(form.get("product_id") ?? "")
  const status = form.get("status") === "draft" ? "draft" : "published"
  await sdk.client.fetch(`/vendor/products/${encodeURIComponent(id)}`, {
    method: "POST",
    headers: await practitionerHeaders(),
    body: { status },
  })
  revalidatePath("/practice/offerings")
}

export async function deleteOffering(form: FormData) {
  const id = String(form.get("product_id") ?? "")
  await sdk.client.fetch(`/vendor/products/${encodeURIComponent(id)}`, {
    method: "DELETE",
    headers: await practitionerHeaders(),
  })
  revalidatePath("/practice/offerings")
}
