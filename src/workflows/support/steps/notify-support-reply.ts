import type { INotificationModuleService } from "@medusajs/framework/types"
import { Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { excerptOf, supportReplyNotification } from "../../../lib/support/support-mail"
import type { SupportAuthor } from "../../../modules/support/values"
import { supportService } from "../utils/support-access"
import { requestLinkFor } from "../utils/support-links"
import { peopleOf } from "../utils/support-people"

/**
 * Emails everyone else in the request about a public message, each with a
 * link to open it where they work: the requester, the practitioners staff
 * added, and the assignee. An internal note emails no one.
 */
export const notifySupportReplyStep = createStep("notify-support-reply", async (input: { message_id: string }, { container }) => {
  const service = supportService(container)
  const [message] = await service.listSupportMessages({ id: input.message_id })
  if (!message || message.internal) return new StepResponse({ sent: 0 })
  const [request] = await service.listSupportRequests({ id: message.request_id })
  const participants = await service.listSupportParticipants({ request_id: request.id })
  const everyone: Array<{ type: SupportAuthor; id: string }> = [
    { type: request.requester_type, id: request.requester_id },
    ...participants.map((p) => ({ type: "practitioner" as const, id: p.practitioner_id })),
    ...(request.assignee_id ? [{ type: "staff" as const, id: request.assignee_id }] : []),
  ]
  const recipients = everyone.filter((who) => !(who.type === message.author_type && who.id === message.author_id))
  const person = await peopleOf(container, [...recipients, { type: message.author_type, id: message.author_id }])
  const author = person(message.author_type, message.author_id)
  const from = message.author_type === "staff" ? "Avenrae support" : (author?.name ?? "Someone")
  const notifications = recipients.flatMap((who) => {
    const to = person(who.type, who.id)?.email
    if (!to) return []
    return [
      supportReplyNotification({
        request_id: request.id,
        message_id: message.id,
        to,
        subject: request.subject,
        from,
        excerpt: excerptOf(message.body),
        link: requestLinkFor(who.type, request.id),
      }),
    ]
  })
  if (notifications.length) await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications)
  return new StepResponse({ sent: notifications.length })
})
