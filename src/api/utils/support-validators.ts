import { z } from "@medusajs/framework/zod"
import {
  ATTACHMENTS_PER_MESSAGE,
  MESSAGE_MAX,
  SUBJECT_MAX,
  SUPPORT_CATEGORIES,
  SUPPORT_LINKS,
  SUPPORT_PRIORITIES,
  SUPPORT_STATUSES,
} from "../../modules/support/values"
import { listOffset, MAX_ID_LENGTH } from "./paging"

const limit = z.coerce
  .number()
  .int("limit must be a whole number")
  .min(1, "limit is from 1 to 100")
  .max(100, "limit is from 1 to 100")
  .default(20)
const id = (field: string) => z.string().trim().min(1, `${field} cannot be empty`).max(MAX_ID_LENGTH, `${field} is too long to be an id`)
const text = (field: string, max: number) =>
  z
    .string({ message: `${field} is required` })
    .trim()
    .min(1, `${field} cannot be empty`)
    .max(max, `${field} can be at most ${max.toLocaleString("en")} characters`)
const attachmentIds = z
  .array(id("attachment_ids[]"), { message: "attachment_ids is a list of ids from the attachment upload" })
  .max(ATTACHMENTS_PER_MESSAGE, `at most ${ATTACHMENTS_PER_MESSAGE} attachments a message`)
  .default([])
const category = z.enum(SUPPORT_CATEGORIES, { message: `category must be one of ${SUPPORT_CATEGORIES.join(", ")}` })
const status = z.enum(SUPPORT_STATUSES, { message: `status must be one of ${SUPPORT_STATUSES.join(", ")}` })

/** A new request: what it is about, optionally which of one's records, and the first message. */
export const OpenSupportRequest = z
  .object({
    subject: text("subject", SUBJECT_MAX),
    category,
    link_id: id("link_id").optional(),
    body: text("body", MESSAGE_MAX),
    attachment_ids: attachmentIds,
  })
  .strict()
export type OpenSupportRequestType = z.infer<typeof OpenSupportRequest>

/** A reply from the requester or a practitioner in the request. */
export const PostSupportMessage = z.object({ body: text("body", MESSAGE_MAX), attachment_ids: attachmentIds }).strict()
export type PostSupportMessageType = z.infer<typeof PostSupportMessage>

/** Staff's reply, or with `internal`, a note the requester never sees. */
export const StaffPostSupportMessage = PostSupportMessage.extend({
  internal: z.boolean({ message: "internal is true or false" }).default(false),
}).strict()
export type StaffPostSupportMessageType = z.infer<typeof StaffPostSupportMessage>

/** One's own requests, newest activity first. */
export const ListOwnSupportRequests = z.object({ limit, offset: listOffset, status: status.optional() }).strict()
export type ListOwnSupportRequestsType = z.infer<typeof ListOwnSupportRequests>

/** The staff inbox's filters. */
export const AdminListSupportRequests = z
  .object({
    limit,
    offset: listOffset,
    status: status.optional(),
    category: category.optional(),
    assignee_id: id("assignee_id").optional(),
    overdue: z.enum(["true", "false"], { message: "overdue is true or false" }).optional(),
    link_type: z.enum(SUPPORT_LINKS, { message: `link_type must be one of ${SUPPORT_LINKS.join(", ")}` }).optional(),
    link_id: id("link_id").optional(),
  })
  .strict()
export type AdminListSupportRequestsType = z.infer<typeof AdminListSupportRequests>

/** Staff assign a request ("none" unassigns), or set its priority or status. */
export const UpdateSupportRequest = z
  .object({
    status: status.optional(),
    priority: z.enum(SUPPORT_PRIORITIES, { message: `priority must be one of ${SUPPORT_PRIORITIES.join(", ")}` }).optional(),
    assignee_id: z.union([id("assignee_id"), z.null()]).optional(),
  })
  .strict()
  .refine((body) => Object.keys(body).length > 0, { message: "Send status, priority or assignee_id (null to unassign)" })
export type UpdateSupportRequestType = z.infer<typeof UpdateSupportRequest>

export const AddSupportParticipant = z.object({ practitioner_id: id("practitioner_id") }).strict()
export type AddSupportParticipantType = z.infer<typeof AddSupportParticipant>

export const CreateCannedReply = z.object({ title: text("title", 100), body: text("body", MESSAGE_MAX) }).strict()
export type CreateCannedReplyType = z.infer<typeof CreateCannedReply>
