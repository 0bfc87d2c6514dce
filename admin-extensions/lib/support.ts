import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query"
import { sdk } from "./sdk"

import type {
  SupportAuthor,
  SupportCategory,
  SupportLink,
  SupportPriority,
  SupportRequester,
  SupportStatus,
} from "../../src/modules/support/values"

export type { SupportAuthor, SupportCategory, SupportLink, SupportPriority, SupportRequester, SupportStatus }

/** A support request as the staff inbox lists it. */
export type SupportRequestRow = {
  id: string
  requester_type: SupportRequester
  requester_id: string
  subject: string
  category: SupportCategory
  link_type: SupportLink | null
  link_id: string | null
  priority: SupportPriority
  status: SupportStatus
  assignee_id: string | null
  last_message_at: string
  waiting_since: string | null
  first_response_at: string | null
  resolved_at: string | null
  closed_at: string | null
  created_at: string
  /** Still unanswered past the first-response target. */
  overdue: boolean
  first_response_minutes: number | null
  resolution_minutes: number | null
}

export type SupportAttachment = { id: string; filename: string; mime_type: string; size: number }

export type SupportMessage = {
  id: string
  author: { type: SupportAuthor; id: string; name: string }
  body: string
  /** A note among staff that the requester never sees. */
  internal: boolean
  created_at: string
  attachments: SupportAttachment[]
}

/** One request with its whole thread, as staff see it. */
export type SupportRequestDetail = SupportRequestRow & {
  messages: SupportMessage[]
  /** Practitioners staff added; `name` is null for one since removed. */
  participants: Array<{ practitioner_id: string; name: string | null }>
  /** Empty when the requester's account is gone. */
  requester: { type?: SupportRequester; id?: string; email?: string | null; name?: string | null }
  /** The practitioners of the linked session or event, added or not. */
  addable_practitioner_ids: string[]
}

export type CannedReply = { id: string; title: string; body: string }

/** A staff user, for the assignee picker. */
export type StaffUser = { id: string; email: string; first_name: string | null; last_name: string | null }

/** GET /admin/support-requests's query; `assignee_id` "none" lists the unassigned. */
export type SupportListQuery = {
  status?: SupportStatus
  category?: SupportCategory
  assignee_id?: string
  overdue?: "true"
  link_type?: SupportLink
  link_id?: string
  limit: number
  offset: number
}

/** What staff change on a request; `assignee_id: null` unassigns. */
export type SupportRequestChanges = { status?: SupportStatus; priority?: SupportPriority; assignee_id?: string | null }

export type SupportMessageInput = { body: string; internal: boolean; attachment_ids: string[] }

const key = ["avenrae", "support"]
const cannedKey = [...key, "canned-replies"]
const post = <T>(path: string, body: Record<string, unknown>) => sdk.client.fetch<T>(path, { method: "POST", body })
const requestPath = (id: string) => `/admin/support-requests/${id}`

/** Where the browser downloads an attachment, with the staff session. */
export const attachmentLink = (requestId: string, attachmentId: string) => `${requestPath(requestId)}/attachments/${attachmentId}`

/** The inbox; waits while `query` is null (the filters name "me" before the signed-in user is known). */
export const useSupportRequests = (query: SupportListQuery | null) =>
  useQuery({
    queryKey: [...key, "list", query],
    queryFn: () =>
      sdk.client.fetch<{ support_requests: SupportRequestRow[]; count: number; limit: number; offset: number }>("/admin/support-requests", {
        query: query!,
      }),
    enabled: !!query,
  })

export const useSupportRequest = (id: string) =>
  useQuery({
    queryKey: [...key, "request", id],
    queryFn: () => sdk.client.fetch<{ support_request: SupportRequestDetail }>(requestPath(id)),
  })

/** A request mutation after which the inbox and the request refresh (the answers carry fewer fields than the staff view). */
function useSupportMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: key })
    },
  })
}

export const useUpdateSupportRequest = (id: string) =>
  useSupportMutation((changes: SupportRequestChanges) => post<{ support_request: SupportRequestRow }>(requestPath(id), changes))

/** An answer the requester gets by email, or with `internal` a note for staff only. */
export const usePostSupportMessage = (id: string) =>
  useSupportMutation((message: SupportMessageInput) => post<{ support_request: unknown }>(`${requestPath(id)}/messages`, message))

export const useAddSupportParticipant = (id: string) =>
  useSupportMutation((practitioner_id: string) => post<{ participant: unknown }>(`${requestPath(id)}/participants`, { practitioner_id }))

/** Uploads one file; its id then goes with the next message. */
export const useUploadSupportAttachment = () =>
  useMutation({
    mutationFn: (file: File) => {
      const form = new FormData()
      form.append("file", file)
      return sdk.client.fetch<{ attachment: SupportAttachment }>("/admin/support-attachments", {
        method: "POST",
        // The browser sets the multipart boundary itself.
        headers: { "content-type": null },
        body: form,
      })
    },
  })

export const useCannedReplies = () =>
  useQuery({
    queryKey: cannedKey,
    queryFn: () => sdk.client.fetch<{ canned_replies: CannedReply[] }>("/admin/support-canned-replies"),
  })

function useCannedMutation<Input, Result>(mutationFn: (input: Input) => Promise<Result>) {
  const client = useQueryClient()
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: cannedKey })
    },
  })
}

export const useCreateCannedReply = () =>
  useCannedMutation((reply: { title: string; body: string }) => post<{ canned_reply: CannedReply }>("/admin/support-canned-replies", reply))

export const useDeleteCannedReply = () =>
  useCannedMutation((id: string) => sdk.client.fetch<{ id: string }>(`/admin/support-canned-replies/${id}`, { method: "DELETE" }))

/** Who a request can be assigned to: the first STAFF_SHOWN staff users. */
export const STAFF_SHOWN = 100

export const useStaffUsers = () =>
  useQuery({
    queryKey: ["avenrae", "staff-users"],
    queryFn: () =>
      sdk.client.fetch<{ users: StaffUser[]; count: number }>("/admin/users", {
        query: { limit: STAFF_SHOWN, fields: "id,email,first_name,last_name" },
      }),
  })

export const useCurrentUser = () =>
  useQuery({
    queryKey: ["avenrae", "current-user"],
    queryFn: () => sdk.client.fetch<{ user: StaffUser }>("/admin/users/me", { query: { fields: "id,email,first_name,last_name" } }),
  })
