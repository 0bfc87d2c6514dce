import { Button, Container, Heading, Input, Label, Textarea, toast } from "@medusajs/ui"
import { FormEvent, useState } from "react"
import { MESSAGE_MAX } from "../../src/modules/support/values"
import { useCreateCannedReply } from "../lib/support"

/** Saves a new canned reply: a title staff pick it by, and the text it inserts. */
export const SupportCannedReplyForm = () => {
  const [title, setTitle] = useState("")
  const [body, setBody] = useState("")
  const create = useCreateCannedReply()
  const submit = (event: FormEvent) => {
    event.preventDefault()
    create.mutate(
      { title, body },
      {
        onSuccess: () => {
          toast.success(`Saved "${title.trim()}"`)
          setTitle("")
          setBody("")
        },
        onError: (error) => toast.error(error.message),
      }
    )
  }
  return (
    <Container className="px-6 py-4">
      <form onSubmit={submit} className="flex flex-col gap-3" aria-label="Add a canned reply" data-testid="canned-reply-form">
        <Heading level="h2">Add a canned reply</Heading>
        <div className="flex flex-col gap-1">
          <Label htmlFor="canned-reply-title" size="small">
            Title
          </Label>
          <Input id="canned-reply-title" size="small" value={title} onChange={(event) => setTitle(event.target.value)} />
        </div>
        <div className="flex flex-col gap-1">
          <Label htmlFor="canned-reply-body" size="small">
            Text
          </Label>
          <Textarea
            id="canned-reply-body"
            rows={5}
            maxLength={MESSAGE_MAX}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
        </div>
        <Button type="submit" size="small" className="self-end" disabled={!title.trim() || !body.trim()} isLoading={create.isPending}>
          Save canned reply
        </Button>
      </form>
    </Container>
  )
}
