import { Button, DropdownMenu } from "@medusajs/ui"
import { Link } from "react-router-dom"
import { useCannedReplies } from "../lib/support"

/** A menu of the saved replies; choosing one hands its text to `onPick`. With none saved, a link to where they are written. */
export const SupportCannedReplyPicker = ({ onPick }: { onPick: (body: string) => void }) => {
  const { data, isError } = useCannedReplies()
  const replies = data?.canned_replies ?? []
  if (data && !replies.length) {
    return (
      <Link to="/support/canned-replies" className="txt-compact-small text-ui-fg-interactive hover:underline">
        Write canned replies
      </Link>
    )
  }
  return (
    <DropdownMenu>
      <DropdownMenu.Trigger asChild>
        <Button size="small" variant="secondary" type="button" disabled={!data || isError} data-testid="support-canned-picker">
          Insert canned reply
        </Button>
      </DropdownMenu.Trigger>
      {/* Focus stays in the reply box the text went into. */}
      <DropdownMenu.Content align="start" className="max-h-80 overflow-y-auto" onCloseAutoFocus={(event) => event.preventDefault()}>
        {replies.map((reply) => (
          <DropdownMenu.Item key={reply.id} onSelect={() => onPick(reply.body)} data-testid="support-canned-option">
            {reply.title}
          </DropdownMenu.Item>
        ))}
      </DropdownMenu.Content>
    </DropdownMenu>
  )
}
