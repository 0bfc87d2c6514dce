/** The email telling someone there is a new answer in their support request, with a link back to it. */
export function supportReplyNotification(input: {
  request_id: string
  message_id: string
  to: string
  subject: string
  from: string
  excerpt: string
  link: string
}) {
  return {
    to: input.to,
    channel: "email",
    template: "support-reply",
    trigger_type: "support.replied",
    resource_id: input.request_id,
    resource_type: "support_request",
    idempotency_key: `support-reply:${input.message_id}:${input.to}`,
    data: { subject: input.subject, from: input.from, excerpt: input.excerpt, link: input.link },
  }
}

/** The email reminding staff of a request that has waited on them too long. */
export function supportReminderNotification(input: {
  request_id: string
  to: string
  subject: string
  waiting_hours: number
  link: string
  waiting_since: string
}) {
  return {
    to: input.to,
    channel: "email",
    template: "support-reminder",
    trigger_type: "support.waiting",
    resource_id: input.request_id,
    resource_type: "support_request",
    idempotency_key: `support-reminder:${input.request_id}:${input.waiting_since}`,
    data: { subject: input.subject, waiting_hours: input.waiting_hours, link: input.link },
  }
}

/** The first words of a message for an email: one line, at most 200 characters. */
export const excerptOf = (body: string) => {
  const line = body.replace(/\s+/g, " ").trim()
  return line.length > 200 ? `${line.slice(0, 199)}…` : line
}
