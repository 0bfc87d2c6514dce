import { Button, toast } from "@medusajs/ui"
import { ReviewDecision, StaffReview, useModerateReview } from "../lib/reviews"
import { ReasonChoice, ReasonPrompt } from "./reason-prompt"

const REFUSALS = {
  reject: {
    trigger: "Reject",
    title: "Reject this review?",
    description: "It is not published. Its author reads the reason. Only its content is a reason, never its rating.",
    done: "Review rejected",
  },
  hide: {
    trigger: "Hide",
    title: "Hide this review?",
    description:
      "It comes off the page and out of the figures. Its author reads the reason. Only its content is a reason, never its rating.",
    done: "Review hidden",
  },
} as const

/** The staff decisions that would change this review's status: Approve, and Reject or Hide with a reason. */
export const ReviewActions = ({ review }: { review: StaffReview }) => {
  const moderate = useModerateReview()
  const decide = (decision: ReviewDecision, choice: Partial<ReasonChoice>, onDone: () => void, done: string) =>
    moderate.mutate(
      { id: review.id, decision, ...choice },
      {
        onSuccess: () => {
          toast.success(done)
          onDone()
        },
        onError: (error) => toast.error(error.message),
      }
    )

  return (
    <div className="flex flex-wrap gap-1">
      {review.allowed_actions.map((decision) =>
        decision === "approve" ? (
          <Button
            key={decision}
            size="small"
            variant="secondary"
            isLoading={moderate.isPending && moderate.variables?.decision === "approve"}
            disabled={moderate.isPending}
            onClick={() => decide("approve", {}, () => undefined, "Review approved")}
          >
            Approve
          </Button>
        ) : (
          <ReasonPrompt
            key={decision}
            id={`${decision}-${review.id}`}
            trigger={REFUSALS[decision].trigger}
            title={REFUSALS[decision].title}
            description={REFUSALS[decision].description}
            confirm={REFUSALS[decision].trigger}
            withNote
            isPending={moderate.isPending}
            onConfirm={(choice, close) => decide(decision, choice, close, REFUSALS[decision].done)}
          />
        )
      )}
    </div>
  )
}
