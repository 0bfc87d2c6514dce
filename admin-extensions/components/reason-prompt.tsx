import { Button, Label, Prompt, RadioGroup, Textarea } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { MODERATION_REASON_LABELS, MODERATION_REASONS } from "../../src/modules/review/values"
import type { ModerationReason } from "../lib/reviews"

export type ReasonChoice = { reason: ModerationReason; note?: string }

/**
 * A button that asks staff why before refusing or hiding: one of the content
 * reasons (the author reads its label) and, where `withNote`, a note for the
 * record. `onConfirm` gets a `close` to call once the action succeeded.
 */
export const ReasonPrompt = ({
  id,
  trigger,
  title,
  description,
  confirm,
  withNote,
  isPending,
  onConfirm,
}: {
  id: string
  trigger: string
  title: string
  description: string
  confirm: string
  withNote?: boolean
  isPending: boolean
  onConfirm: (choice: ReasonChoice, close: () => void) => void
}) => {
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState<ModerationReason | "">("")
  const [note, setNote] = useState("")
  const close = () => {
    setOpen(false)
    setReason("")
    setNote("")
  }
  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (reason) onConfirm({ reason, ...(note.trim() ? { note: note.trim() } : {}) }, close)
  }

  return (
    <Prompt open={open} onOpenChange={(next) => (next ? setOpen(true) : close())}>
      <Prompt.Trigger asChild>
        <Button size="small" variant="secondary">
          {trigger}
        </Button>
      </Prompt.Trigger>
      <Prompt.Content>
        <form onSubmit={submit}>
          <Prompt.Header>
            <Prompt.Title>{title}</Prompt.Title>
            <Prompt.Description>{description}</Prompt.Description>
          </Prompt.Header>
          <fieldset className="flex flex-col gap-2 px-6 pt-4">
            <legend className="txt-compact-small-plus mb-2">Reason</legend>
            <RadioGroup value={reason} onValueChange={(value) => setReason(value as ModerationReason)} aria-required>
              {MODERATION_REASONS.map((code) => (
                <div key={code} className="flex items-center gap-2">
                  <RadioGroup.Item value={code} id={`${id}-${code}`} />
                  <Label htmlFor={`${id}-${code}`} size="small">
                    {MODERATION_REASON_LABELS[code]}
                  </Label>
                </div>
              ))}
            </RadioGroup>
          </fieldset>
          {withNote && (
            <div className="flex flex-col gap-1 px-6 pt-4">
              <Label htmlFor={`${id}-note`} size="small">
                Note (optional; the author reads it too)
              </Label>
              <Textarea id={`${id}-note`} value={note} maxLength={1000} onChange={(event) => setNote(event.target.value)} />
            </div>
          )}
          <Prompt.Footer>
            <Prompt.Cancel>Back</Prompt.Cancel>
            <Button type="submit" size="small" variant="danger" disabled={!reason} isLoading={isPending}>
              {confirm}
            </Button>
          </Prompt.Footer>
        </form>
      </Prompt.Content>
    </Prompt>
  )
}
