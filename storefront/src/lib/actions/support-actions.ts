"use server"

import { revalidatePath } from "next/cache"
import { redirect } from "next/navigation"
import { z } from "zod"
import { sdk } from "../config"
import { SUPPORT_API, type SupportRequestSummary } from "../data/support"
import { ActionState, errorMessage, failure, statusOf } from "../util/errors"
import { LINK_ID_MAX, LINK_OF_CATEGORY, MESSAGE_MAX, SIDE_CATEGORIES, SUBJECT_MAX, SUPPORT_PATH, type SupportSide } from "../util/support"
import { ATTACHMENTS_PER_MESSAGE } from "../util/support-files"

const Message = z.object({
  body: z
    .string()
    .trim()
    .min(1, "Write your message first.")
    .max(MESSAGE_MAX, `Keep your message to ${MESSAGE_MAX.toLocaleString("en")} characters.`),
  attachment_ids: z
    .array(z.string().trim().min(1).max(LINK_ID_MAX))
    .max(ATTACHMENTS_PER_MESSAGE, `Send at most ${ATTACHMENTS_PER_MESSAGE} files with one message.`),
})

const newRequest = (side: SupportSide) =>
  Message.extend({
    category: z.enum(SIDE_CATEGORIES[side], { message: "Choose what your request is about." }),
    subject: z.string().trim().min(1, "Give your request a subject.").max(SUBJECT_MAX, `Keep the subject to ${SUBJECT_MAX} characters.`),
    link_id: z.string().trim().max(LINK_ID_MAX, "This link does not name one of your records.").default(""),
  })

/** The form's fields as the schemas read them: files sent as several `attachment_ids`. */
const fieldsOf = (form: FormData) => ({
  ...Object.fromEntries([...form.entries()].filter(([, value]) => typeof value === "string")),
  attachment_ids: form.getAll("attachment_ids").filter((value): value is string => typeof value === "string" && value.length > 0),
})

/** The backend's words, or a plain "log in again" when the login has expired. */
const problem = (error: unknown, side: SupportSide) =>
  statusOf(error) === 401
    ? side === "customer"
      ? "Your login has expired. Log in again."
      : "Your portal login has expired. Log in again."
    : errorMessage(error)

const requestPath = (side: SupportSide, form: FormData) => `${SUPPORT_API[side].base}/support-requests/${idOf(form)}`
const idOf = (form: FormData) => encodeURIComponent(String(form.get("request_id") ?? ""))

/**
 * Opens a request with its first message (and any files uploaded for it);
 * the backend checks that a named order, session, ticket or payout is the
 * requester's own and answers what to fix. On to the new request's page.
 */
async function open(side: SupportSide, form: FormData): Promise<ActionState> {
  const input = newRequest(side).safeParse(fieldsOf(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  const { category, subject, body, attachment_ids, link_id } = input.data
  const { base, headers } = SUPPORT_API[side]
  let created: SupportRequestSummary
  try {
    ;({ support_request: created } = await sdk.client.fetch<{ support_request: SupportRequestSummary }>(`${base}/support-requests`, {
      method: "POST",
      headers: await headers(),
      body: { category, subject, body, attachment_ids, ...(link_id && LINK_OF_CATEGORY[category] ? { link_id } : {}) },
    }))
  } catch (error) {
    return failure(form, problem(error, side))
  }
  revalidatePath(SUPPORT_PATH[side], "layout")
  redirect(`${SUPPORT_PATH[side]}/${encodeURIComponent(created.id)}?sent=1`)
}

/** A reply in the thread; a closed request is refused with the backend's words. */
async function reply(side: SupportSide, form: FormData): Promise<ActionState> {
  const input = Message.safeParse(fieldsOf(form))
  if (!input.success) return failure(form, input.error.issues[0].message)
  try {
    await sdk.client.fetch(`${requestPath(side, form)}/messages`, {
      method: "POST",
      headers: await SUPPORT_API[side].headers(),
      body: input.data,
    })
  } catch (error) {
    return failure(form, problem(error, side))
  }
  revalidatePath(SUPPORT_PATH[side], "layout")
  return { ok: true, message: "Sent. Avenrae support will answer here and by email." }
}

/** The requester closes their request; nothing more can be written in it. */
async function close(side: SupportSide, form: FormData): Promise<ActionState> {
  try {
    await sdk.client.fetch(`${requestPath(side, form)}/close`, { method: "POST", headers: await SUPPORT_API[side].headers(), body: {} })
  } catch (error) {
    return { error: problem(error, side) }
  }
  revalidatePath(SUPPORT_PATH[side], "layout")
  return { ok: true, message: "This request is closed." }
}

export async function openCustomerSupportRequest(_: ActionState, form: FormData) {
  return open("customer", form)
}

export async function replyToCustomerSupportRequest(_: ActionState, form: FormData) {
  return reply("customer", form)
}

export async function closeCustomerSupportRequest(_: ActionState, form: FormData) {
  return close("customer", form)
}

export async function openPracticeSupportRequest(_: ActionState, form: FormData) {
  return open("practitioner", form)
}

export async function replyToPracticeSupportRequest(_: ActionState, form: FormData) {
  return reply("practitioner", form)
}

export async function closePracticeSupportRequest(_: ActionState, form: FormData) {
  return close("practitioner", form)
}
