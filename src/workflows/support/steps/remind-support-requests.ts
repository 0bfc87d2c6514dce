import type { INotificationModuleService } from "@medusajs/framework/types"
import { ContainerRegistrationKeys, Modules } from "@medusajs/framework/utils"
import { createStep, StepResponse } from "@medusajs/framework/workflows-sdk"
import { supportReminderNotification } from "../../../lib/support/support-mail"
import { reminderDue, WAITING_ON_STAFF } from "../../../lib/support/support-rules"
import { supportSettings } from "../../../lib/support/support-settings"
import { supportService } from "../utils/support-access"
import { requestLinkFor } from "../utils/support-links"
import { peopleOf } from "../utils/support-people"

const HOUR = 3_600_000
const PER_RUN = 500

/**
 * Reminds staff of requests that have waited on them past the target
 * (SUPPORT_REMINDER_HOURS): the assignee, or SUPPORT_STAFF_EMAIL for an
 * unassigned one; once per wait.
 */
export const remindSupportRequestsStep = createStep("remind-support-requests", async (input: { now: Date }, { container }) => {
  const now = new Date(input.now)
  const settings = supportSettings(process.env)
  const service = supportService(container)
  const waiting = await service.listSupportRequests(
    { status: WAITING_ON_STAFF, waiting_since: { $lte: new Date(now.getTime() - settings.reminderHours * HOUR) } },
    { take: PER_RUN, order: { waiting_since: "ASC" } }
  )
  const due = waiting.filter((request) => reminderDue(request, now, settings.reminderHours))
  if (!due.length) return new StepResponse({ reminded: 0 })
  const person = await peopleOf(
    container,
    due.filter((r) => r.assignee_id).map((r) => ({ type: "staff" as const, id: r.assignee_id! }))
  )
  const notifications = due.flatMap((request) => {
    const to = (request.assignee_id ? person("staff", request.assignee_id)?.email : null) ?? settings.staffEmail
    if (!to) return []
    return [
      supportReminderNotification({
        request_id: request.id,
        to,
        subject: request.subject,
        waiting_hours: settings.reminderHours,
        link: requestLinkFor("staff", request.id),
        waiting_since: new Date(request.waiting_since!).toISOString(),
      }),
    ]
  })
  const unsent = due.length - notifications.length
  if (unsent) {
    container
      .resolve(ContainerRegistrationKeys.LOGGER)
      .warn(`${unsent} support request(s) wait on staff past the target with no assignee and no SUPPORT_STAFF_EMAIL to remind`)
  }
  if (notifications.length) await container.resolve<INotificationModuleService>(Modules.NOTIFICATION).createNotifications(notifications)
  await service.updateSupportRequests(due.map((request) => ({ id: request.id, reminded_at: now })))
  return new StepResponse({ reminded: notifications.length })
})
