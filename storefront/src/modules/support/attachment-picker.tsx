"use client"

import { useEffect, useRef, useState } from "react"
import type { SupportAttachment } from "@/lib/data/support"
import { ATTACHMENT_ACCEPT, ATTACHMENT_HINT, fileProblem, filesThatFit, fileSize } from "@/lib/util/support-files"

/** Uploads one file to the storefront's upload route; its attachment, or why not. */
async function upload(url: string, file: File): Promise<{ attachment?: SupportAttachment; message?: string }> {
  const body = new FormData()
  body.append("file", file, file.name)
  try {
    const response = await fetch(url, { method: "POST", body })
    const answer = (await response.json().catch(() => ({}))) as { attachment?: SupportAttachment; message?: string }
    if (response.ok && answer.attachment) return { attachment: answer.attachment }
    return { message: `${file.name}: ${answer.message ?? "it could not be attached. Please try again."}` }
  } catch {
    return { message: `${file.name}: the shop cannot be reached just now. Please try again.` }
  }
}

/**
 * Files for the next message. Each file is uploaded as soon as it is chosen
 * (the backend checks it and answers what is wrong); the form then sends
 * the attachments' ids as `attachment_ids`. The chooser itself has no name,
 * so no file travels with the form. Re-key it to start empty.
 */
export function AttachmentPicker({
  uploadUrl,
  idPrefix,
  onBusyChange,
}: {
  uploadUrl: string
  idPrefix: string
  onBusyChange: (busy: boolean) => void
}) {
  const [attached, setAttached] = useState<SupportAttachment[]>([])
  const [uploading, setUploading] = useState<Array<{ key: number; name: string }>>([])
  const nextKey = useRef(0)
  const [problems, setProblems] = useState<string[]>([])

  useEffect(() => onBusyChange(uploading.length > 0), [uploading.length, onBusyChange])

  async function choose(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = Array.from(event.target.files ?? [])
    event.target.value = ""
    const { take, refusal } = filesThatFit(chosen, attached.length + uploading.length)
    const found: string[] = refusal ? [refusal] : []
    const sendable = take.filter((file) => {
      const problem = fileProblem(file)
      if (problem) found.push(problem)
      return !problem
    })
    setProblems(found)
    const started = sendable.map((file) => ({ key: nextKey.current++, name: file.name, file }))
    setUploading((now) => [...now, ...started.map(({ key, name }) => ({ key, name }))])
    const answers = await Promise.all(
      started.map(async ({ key, file }) => {
        const answer = await upload(uploadUrl, file)
        setUploading((now) => now.filter((entry) => entry.key !== key))
        if (answer.attachment) setAttached((files) => [...files, answer.attachment!])
        return answer.message
      })
    )
    const failed = answers.filter((message): message is string => !!message)
    if (failed.length) setProblems((earlier) => [...earlier, ...failed])
  }

  return (
    <div>
      <label htmlFor={`${idPrefix}-files`} className="label">
        Files<span className="font-normal text-ink-soft"> (optional)</span>
      </label>
      <input
        id={`${idPrefix}-files`}
        type="file"
        multiple
        accept={ATTACHMENT_ACCEPT}
        onChange={choose}
        className="text-sm"
        aria-describedby={`${idPrefix}-files-hint`}
        data-testid="support-file-input"
      />
      <p id={`${idPrefix}-files-hint`} className="mt-1 text-xs text-ink-soft">
        {ATTACHMENT_HINT}
      </p>
      {attached.length > 0 && (
        <ul className="mt-2 space-y-1 text-sm" aria-label="Attached files">
          {attached.map((file) => (
            <li key={file.id} className="flex flex-wrap items-center gap-2" data-testid="support-attached-file">
              <input type="hidden" name="attachment_ids" value={file.id} />
              <span className="break-all">{file.filename}</span>
              <span className="text-ink-soft">({fileSize(file.size)})</span>
              <button
                type="button"
                className="underline"
                onClick={() => setAttached((files) => files.filter((f) => f.id !== file.id))}
                aria-label={`Remove ${file.filename}`}
                data-testid="support-remove-file"
              >
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <div aria-live="polite" className="text-sm">
        {uploading.length > 0 && (
          <p className="mt-1 text-ink-soft" data-testid="support-uploading">
            Attaching {uploading.length === 1 ? uploading[0].name : `${uploading.length} files`}…
          </p>
        )}
        {problems.map((problem) => (
          <p key={problem} role="alert" className="mt-1 text-red-800">
            {problem}
          </p>
        ))}
      </div>
    </div>
  )
}
