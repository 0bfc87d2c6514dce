import { isOverdue, responseMinutes, SupportRole } from "../../../lib/support/support-rules"
import { supportSettings } from "../../../lib/support/support-settings"
import type { SupportAttachmentRecord, SupportMessageRecord, SupportRequestRecord } from "../../../modules/support/service"
import { supportService } from "./support-access"
import { peopleOf } from "./support-people"
import { practitionersOfLink } from "./link-ownership"

type Container = { resolve: <T = any>(key: string) => T }

/** A request as its requester or a practitioner in it sees it in a list: no priority, assignee or staff timings. */
export const presentRequestForRequester = (request: SupportRequestRecord) => ({
  id: request.id,
  subject: request.subject,
  category: request.category,
  link_type: request.link_type,
  link_id: request.link_id,
  status: request.status,
  created_at: request.created_at,
  last_message_at: request.last_message_at,
  closed_at: request.closed_at,
})

/** A request as staff see it in the inbox: everything, with whether it is overdue and its response times. */
export const presentRequestForStaff = (request: SupportRequestRecord, now: Date) => ({
  ...request,
  overdue: isOverdue(request, now, supportSettings(process.env).firstResponseHours),
  ...responseMinutes(request),
})

const presentAttachment = (a: SupportAttachmentRecord) => ({ id: a.id, filename: a.filename, mime_type: a.mime_type, size: a.size })

/**
 * A request's thread as this person may see it: staff see internal notes and
 * who on the staff wrote; the requester and practitioners see neither (staff
 * answers are signed "Avenrae support").
 */
export async function presentThread(container: Container, request: SupportRequestRecord, role: SupportRole) {
  const service = supportService(container)
  const all = await service.listSupportMessages({ request_id: request.id }, { order: { created_at: "ASC", id: "ASC" } })
  const messages = role === "staff" ? all : all.filter((m) => !m.internal)
  const attachments = messages.length ? await service.listSupportAttachments({ message_id: messages.map((m) => m.id) }) : []
  const participants = await service.listSupportParticipants({ request_id: request.id })
  const person = await peopleOf(container, [
    ...messages.map((m) => ({ type: m.author_type, id: m.author_id })),
    ...participants.map((p) => ({ type: "practitioner" as const, id: p.practitioner_id })),
    { type: request.requester_type, id: request.requester_id },
  ])
  const authorOf = (m: SupportMessageRecord) => {
    if (m.author_type === "staff" && role !== "staff") return { type: "staff", name: "Avenrae support" }
    return {
      type: m.author_type,
      ...(role === "staff" ? { id: m.author_id } : {}),
      name: person(m.author_type, m.author_id)?.name ?? "Someone",
    }
  }
  return {
    messages: messages.map((m) => ({
      id: m.id,
      author: authorOf(m),
      body: m.body,
      ...(role === "staff" ? { internal: m.internal } : {}),
      created_at: m.created_at,
      attachments: attachments.filter((a) => a.message_id === m.id).map(presentAttachment),
    })),
    participants: participants.map((p) => ({
      practitioner_id: p.practitioner_id,
      name: person("practitioner", p.practitioner_id)?.name ?? null,
    })),
    requester: role === "staff" ? { ...person(request.requester_type, request.requester_id) } : undefined,
  }
}

/** For staff: the practitioners who could still be added to the request (its session's practitioner, its event's host). */
export async function addablePractitioners(container: Container, request: SupportRequestRecord) {
  if (!request.link_type || !request.link_id) return []
  const added = new Set((await supportService(container).listSupportParticipants({ request_id: request.id })).map((p) => p.practitioner_id))
  return (await practitionersOfLink(container, request.link_type, request.link_id)).filter((id) => !added.has(id))
}
