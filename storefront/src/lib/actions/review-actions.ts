"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { sdk } from "../config"
import { customerHeaders, practitionerHeaders } from "../cookies"
import type { OwnReview, PractitionerReview } from "../data/reviews"
import { ActionState, errorMessage, failure, statusOf } from "../util/errors"

const stars = z.coerce
  .number({ invalid_type_error: "Choose from 1 to 5 stars." })
  .int("Choose from 1 to 5 stars.")
  .min(1, "Choose from 1 to 5 stars.")
  .max(5, "Choose from 1 to 5 stars.")

const Content = z.object({
  rating: stars,
  title: z.string().trim().max(120, "Keep the title to 120 characters.").default(""),
  body: z.string().trim().max(5000, "Keep your review to 5000 characters.").default(""),
})

const NewReview = Content.extend({
  purchase_type: z.enum(["booking", "order_line", "ticket"], { message: "This link does not name something you bought." }),
  purchase_id: z.string().trim().min(1, "This link does not name something you bought.").max(100),
})

const Reason = z.string().trim().min(3, "Say in a few words what is wrong.").max(1000, "Keep the reason to 1000 characters.")

const idOf = (form: FormData) => encodeURIComponent(String(form.get("review_id") ?? ""))

/** The backend's words, or a plain "log in again" when the login has expired. */
const problem = (error: unknown, who: "customer" | "practitioner" = "customer") =>
  statusOf(error) === 401
    ? who === "customer"
      ? "Your login has expired. Log in again."
      : "Your portal login has expired. Log in again."
    : errorMessage(error)

/**
 * Reviews one purchase (a session, an order line, a ticket); the backend
 * decides whether it may be reviewed yet and answers why not. Back to My
 * reviews, saying whether it is shown now or once checked.
 */
export async function submitReview(_: ActionState, form: FormData): Promise<ActionState> {
  const input = NewReview.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  const { purchase_type, purchase_id, rating, title, body } = input.data
  let review: OwnReview
  try {
    ;({ review } = await sdk.client.fetch<{ review: OwnReview }>("/store/reviews", {
      method: "POST",
      headers: await customerHeaders(),
      body: { purchase_type, purchase_id, rating, ...(title ? { title } : {}), ...(body ? { body } : {}) },
    }))
  } catch (error) {
    return failure(form, problem(error))
  }
  revalidatePath("/account", "layout")
  redirect(`/account/reviews?written=${review.status}`)
}

/** Changes one's own review; it waits for staff again before it is shown. */
export async function editReview(_: ActionState, form: FormData): Promise<ActionState> {
  const input = Content.safeParse(Object.fromEntries(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  const { rating, title, body } = input.data
  try {
    // An emptied title or text is sent empty, which the backend stores as none.
    await sdk.client.fetch(`/store/reviews/${idOf(form)}`, {
      method: "POST",
      headers: await customerHeaders(),
      body: { rating, title, body },
    })
  } catch (error) {
    return failure(form, problem(error))
  }
  revalidatePath("/account/reviews")
  return { ok: true, message: "Saved. Your edit will be shown once checked." }
}

/** Deletes one's own review; one already gone (another tab) counts as deleted. */
export async function deleteReview(_: ActionState, form: FormData): Promise<ActionState> {
  try {
    await sdk.client.fetch(`/store/reviews/${idOf(form)}`, { method: "DELETE", headers: await customerHeaders() })
  } catch (error) {
    if (statusOf(error) !== 404) return { error: problem(error) }
  }
  revalidatePath("/account", "layout")
  return { ok: true, message: "Your review is deleted." }
}

/** "This review helped me", counted once per customer; the new count comes back. */
export async function markReviewHelpful(reviewId: string): Promise<{ helpful_count?: number; counted?: boolean; error?: string }> {
  try {
    return await sdk.client.fetch<{ helpful_count: number; counted: boolean }>(`/store/reviews/${encodeURIComponent(reviewId)}/helpful`, {
      method: "POST",
      headers: await customerHeaders(),
      body: {},
    })
  } catch (error) {
    return { error: problem(error) }
  }
}

/** A shopper tells staff what is wrong with a review (once per review). */
export async function reportReview(_: ActionState, form: FormData): Promise<ActionState> {
  const reason = Reason.safeParse(form.get("reason") ?? "")
  if (!reason.success) return failure(form, reason.error.issues[0].message)
  try {
    const answer = await sdk.client.fetch<{ reported: boolean; already_reported?: boolean }>(`/store/reviews/${idOf(form)}/report`, {
      method: "POST",
      headers: await customerHeaders(),
      body: { reason: reason.data },
    })
    return {
      ok: true,
      message: answer.already_reported ? "You have already reported this review." : "Thank you. Staff will look at this review.",
    }
  } catch (error) {
    return failure(form, problem(error))
  }
}

/** Writes or edits the practitioner's one public reply; it is checked like a review before it shows. */
export async function replyToReview(_: ActionState, form: FormData): Promise<ActionState> {
  const body = String(form.get("body") ?? "").trim()
  if (!body) return failure(form, "Write your reply first.")
  if (body.length > 3000) return failure(form, "Keep your reply to 3000 characters.")
  let review: PractitionerReview
  try {
    ;({ review } = await sdk.client.fetch<{ review: PractitionerReview }>(`/vendor/reviews/${idOf(form)}/reply`, {
      method: "POST",
      headers: await practitionerHeaders(),
      body: { body },
    }))
  } catch (error) {
    return failure(form, problem(error, "practitioner"))
  }
  revalidatePath("/practice/reviews")
  return {
    ok: true,
    message: review.reply?.status === "published" ? "Your reply is published." : "Your reply will be shown once staff have checked it.",
  }
}

/** A practitioner reports a review of them to staff; only staff can hide it. */
export async function reportReviewOfMe(_: ActionState, form: FormData): Promise<ActionState> {
  const reason = Reason.safeParse(form.get("reason") ?? "")
  if (!reason.success) return failure(form, reason.error.issues[0].message)
  try {
    const answer = await sdk.client.fetch<{ reported: boolean; already_reported?: boolean }>(`/vendor/reviews/${idOf(form)}/report`, {
      method: "POST",
      headers: await practitionerHeaders(),
      body: { reason: reason.data },
    })
    return {
      ok: true,
      message: answer.already_reported
        ? "You have already reported this review."
        : "Reported. Staff will look at it; reviews are hidden only when they break the content rules.",
    }
  } catch (error) {
    return failure(form, problem(error, "practitioner"))
  }
}
