import { Button, Container, Heading, Text, Textarea, toast } from "@medusajs/ui"
import { useRef, useState } from "react"
import { MESSAGE_MAX } from "../../src/modules/support/values"
import { usePostSupportMessage } from "../lib/support"
import { SupportAttachmentPicker, useAttachmentDraft } from "./support-attachment-picker"
import { SupportCannedReplyPicker } from "./support-canned-reply-picker"

/**
 * Staff write here: "Send answer" emails the requester and then waits on
 * them; "Add internal note" is for staff only and changes nothing for the
 * requester. A canned reply goes in where the cursor is.
 */
export const SupportReplyBox = ({ requestId }: { requestId: string }) => {
  const [body, setBody] = useState("")
  const box = useRef<HTMLTextAreaElement>(null)
  const draft = useAttachmentDraft()
  const post = usePostSupportMessage(requestId)
  const insert = (text: string) => {
    const start = box.current?.selectionStart ?? body.length
    const end = box.current?.selectionEnd ?? body.length
    setBody((body.slice(0, start) + text + body.slice(end)).slice(0, MESSAGE_MAX))
    box.current?.focus()
  }
  const send = (internal: boolean) =>
    post.mutate(
      { body, internal, attachment_ids: draft.attachments.map((attachment) => attachment.id) },
      {
        onSuccess: () => {
          toast.success(internal ? "Internal note added" : "Answer sent to the requester")
          setBody("")
          draft.clear()
        },
        onError: (error) => toast.error(error.message),
      }
    )
  const ready = !!body.trim() && !draft.uploading && !post.isPending
  const sending = (internal: boolean) => post.isPending && post.variables?.internal === internal
  return (
    <Container className="flex flex-col gap-3 px-6 py-4" data-testid="support-reply-box">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <Heading level="h2" id="support-reply-heading">
          Reply
        </Heading>
        <SupportCannedReplyPicker onPick={insert} />
      </div>
      <Textarea
        aria-labelledby="support-reply-heading"
        ref={box}
        rows={6}
        maxLength={MESSAGE_MAX}
        value={body}
        onChange={(event) => setBody(event.target.value)}
        data-testid="support-reply-body"
      />
      <SupportAttachmentPicker draft={draft} />
      <div className="flex flex-wrap items-center justify-end gap-2">
        <Text size="xsmall" className="text-ui-fg-subtle mr-auto">
          {body.length.toLocaleString()} / {MESSAGE_MAX.toLocaleString()}
        </Text>
        <Button
          size="small"
          variant="secondary"
          disabled={!ready}
          isLoading={sending(true)}
          onClick={() => send(true)}
          data-testid="support-add-note"
        >
          Add internal note
        </Button>
        <Button size="small" disabled={!ready} isLoading={sending(false)} onClick={() => send(false)} data-testid="support-send-answer">
          Send answer
        </Button>
      </div>
    </Container>
  )
}
