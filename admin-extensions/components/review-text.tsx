import { Button, Text } from "@medusajs/ui"
import { useState } from "react"

const SHORT = 160

/** A review's (or reply's) words: the title, and the body cut at 160 characters with More / Less. */
export const ReviewText = ({ title, body }: { title?: string | null; body: string | null }) => {
  const [expanded, setExpanded] = useState(false)
  const long = (body?.length ?? 0) > SHORT
  return (
    <div className="flex max-w-md flex-col gap-1">
      {title && (
        <Text size="small" weight="plus">
          {title}
        </Text>
      )}
      {body ? (
        <Text size="small" className="whitespace-pre-line break-words">
          {long && !expanded ? `${body.slice(0, SHORT).trimEnd()}…` : body}
          {long && (
            <>
              {" "}
              <Button
                size="small"
                variant="transparent"
                className="h-auto p-0"
                onClick={() => setExpanded(!expanded)}
                aria-expanded={expanded}
              >
                {expanded ? "Less" : "More"}
              </Button>
            </>
          )}
        </Text>
      ) : (
        !title && (
          <Text size="small" className="text-ui-fg-subtle">
            Rating only, no words.
          </Text>
        )
      )}
    </div>
  )
}
