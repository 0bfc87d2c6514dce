import { Button, Text, toast } from "@medusajs/ui"
import { StaffReview, useModerateReply } from "../lib/reviews"
import { FlagBadges } from "./review-badges"
import { ReasonPrompt } from "./reason-prompt"
import { ReviewText } from "./review-text"

/** The practitioner's reply that the pre-check held back, with Approve reply / Reject reply (with a reason). */
export const ReplyModeration = ({ review }: { review: StaffReview }) => {
  const moderate = useModerateReply()
  if (review.reply_status !== "pending" || !review.reply_body) return null
  const onError = (error: Error) => toast.error(error.message)

  return (
    <div className="border-ui-border-base mt-2 flex flex-col gap-2 border-l-2 pl-3" data-testid="review-reply-pending">
      <Text size="xsmall" weight="plus" className="text-ui-fg-subtle">
        Practitioner's reply, waiting for you
      </Text>
      <ReviewText body={review.reply_body} />
      <FlagBadges flags={review.reply_flags} />
      <div className="flex flex-wrap gap-1">
        <Button
          size="small"
          variant="secondary"
          isLoading={moderate.isPending && moderate.variables?.decision === "approve"}
          disabled={moderate.isPending}
          onClick={() =>
            moderate.mutate({ id: review.id, decision: "approve" }, { onSuccess: () => toast.success("Reply published"), onError })
          }
        >
          Approve reply
        </Button>
        <ReasonPrompt
          id={`reply-${review.id}`}
          trigger="Reject reply"
          title="Reject this reply?"
          description="It is not published. The practitioner reads the reason."
          confirm="Reject reply"
          isPending={moderate.isPending}
          onConfirm={({ reason }, close) =>
            moderate.mutate(
              { id: review.id, decision: "reject", reason },
              {
                onSuccess: () => {
                  toast.success("Reply rejected")
                  close()
                },
                onError,
              }
            )
          }
        />
      </div>
    </div>
  )
}
