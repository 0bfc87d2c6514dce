import { Button, Container, Heading, Text, toast, usePrompt } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { SupportCannedReplyForm } from "../../../components/support-canned-reply-form"
import { CannedReply, useCannedReplies, useDeleteCannedReply } from "../../../lib/support"

/** Canned replies: the texts staff start answers from, by title; add and delete. */
const CannedRepliesPage = () => {
  const { data, isLoading, isError, error } = useCannedReplies()
  return (
    <div className="flex flex-col gap-4">
      <Container className="divide-y p-0" data-testid="avenrae-canned-replies">
        <div className="flex flex-col gap-1 px-6 py-4">
          <Link to="/support" className="txt-compact-small text-ui-fg-interactive hover:underline">
            ← Support
          </Link>
          <Heading level="h1">Canned replies</Heading>
          <Text size="small" className="text-ui-fg-subtle">
            Inserted into a reply where the cursor is; edit the text there before sending.
          </Text>
        </div>
        {isLoading && <Text className="px-6 py-4">Loading canned replies…</Text>}
        {isError && <Text className="text-ui-fg-error px-6 py-4">Could not load canned replies: {(error as Error).message}</Text>}
        {data && !data.canned_replies.length && <Text className="px-6 py-4">No canned replies yet.</Text>}
        {data?.canned_replies.map((reply) => (
          <CannedReplyItem key={reply.id} reply={reply} />
        ))}
      </Container>
      <SupportCannedReplyForm />
    </div>
  )
}

const CannedReplyItem = ({ reply }: { reply: CannedReply }) => {
  const remove = useDeleteCannedReply()
  const confirm = usePrompt()
  const deleteReply = async () => {
    const sure = await confirm({
      title: `Delete "${reply.title}"?`,
      description: "Staff can no longer insert it. Answers already sent keep their text.",
      confirmText: "Delete",
      cancelText: "Keep",
    })
    if (!sure) return
    remove.mutate(reply.id, {
      onSuccess: () => toast.success(`Deleted "${reply.title}"`),
      onError: (error) => toast.error(error.message),
    })
  }
  return (
    <div className="flex items-start justify-between gap-3 px-6 py-4" data-testid="canned-reply">
      <div className="flex min-w-0 flex-col gap-1">
        <Text size="small" weight="plus">
          {reply.title}
        </Text>
        <Text size="small" className="text-ui-fg-subtle line-clamp-3 whitespace-pre-wrap break-words">
          {reply.body}
        </Text>
      </div>
      <Button
        size="small"
        variant="secondary"
        isLoading={remove.isPending}
        onClick={() => void deleteReply()}
        data-testid="canned-reply-delete"
      >
        Delete
      </Button>
    </div>
  )
}

export default CannedRepliesPage
