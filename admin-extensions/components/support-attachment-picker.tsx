import { Button, Text, toast } from "@medusajs/ui"
import { ChangeEvent, useState } from "react"
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_TYPES, ATTACHMENTS_PER_MESSAGE } from "../../src/modules/support/values"
import { SupportAttachment, useUploadSupportAttachment } from "../lib/support"
import { bytesInWords } from "../lib/support-display"

/** The files uploaded for the next message, not sent yet. */
export type AttachmentDraft = ReturnType<typeof useAttachmentDraft>

/**
 * Files chosen for the next message, each uploaded as soon as it is chosen
 * (the message then names their ids). The backend checks each file's type
 * from its bytes; the size is checked here too, to spare a long upload.
 */
export function useAttachmentDraft() {
  const [attachments, setAttachments] = useState<SupportAttachment[]>([])
  const upload = useUploadSupportAttachment()
  const add = async (files: File[]) => {
    let count = attachments.length
    for (const file of files) {
      if (count >= ATTACHMENTS_PER_MESSAGE) {
        toast.error(`A message takes at most ${ATTACHMENTS_PER_MESSAGE} attachments.`)
        return
      }
      if (file.size > ATTACHMENT_MAX_BYTES) {
        toast.error(`${file.name}: an attachment can be at most ${bytesInWords(ATTACHMENT_MAX_BYTES)}.`)
        continue
      }
      try {
        const { attachment } = await upload.mutateAsync(file)
        count += 1
        setAttachments((previous) => [...previous, attachment])
      } catch (error) {
        toast.error(`${file.name}: ${(error as Error).message}`)
      }
    }
  }
  return {
    attachments,
    uploading: upload.isPending,
    add,
    remove: (id: string) => setAttachments((previous) => previous.filter((attachment) => attachment.id !== id)),
    clear: () => setAttachments([]),
  }
}

/** The file input and the files uploaded so far, each removable before sending. */
export const SupportAttachmentPicker = ({ draft }: { draft: AttachmentDraft }) => {
  const choose = (event: ChangeEvent<HTMLInputElement>) => {
    const files = Array.from(event.target.files ?? [])
    // Cleared, so choosing the same file again (after removing it) still counts as a change.
    event.target.value = ""
    void draft.add(files)
  }
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <input
          type="file"
          multiple
          accept={ATTACHMENT_TYPES.join(",")}
          aria-label="Attach files"
          className="txt-compact-small"
          disabled={draft.uploading || draft.attachments.length >= ATTACHMENTS_PER_MESSAGE}
          onChange={choose}
          data-testid="support-attachment-input"
        />
        <Text size="xsmall" className="text-ui-fg-subtle">
          {draft.uploading
            ? "Uploading…"
            : `Pictures, PDFs or text files, up to ${bytesInWords(ATTACHMENT_MAX_BYTES)} each, ${ATTACHMENTS_PER_MESSAGE} a message.`}
        </Text>
      </div>
      {draft.attachments.length > 0 && (
        <ul className="flex flex-wrap gap-2" aria-label="Attached files">
          {draft.attachments.map((attachment) => (
            <li
              key={attachment.id}
              className="bg-ui-bg-subtle flex items-center gap-1 rounded px-2 py-1"
              data-testid="support-draft-attachment"
            >
              <Text size="small">
                {attachment.filename} ({bytesInWords(attachment.size)})
              </Text>
              <Button size="small" variant="transparent" type="button" onClick={() => draft.remove(attachment.id)}>
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
