import { Badge, Container, Heading, Text } from "@medusajs/ui"
import { attachmentLink, SupportMessage } from "../lib/support"
import { bytesInWords, PERSON_LABELS } from "../lib/support-display"

/** A request's messages, oldest first, internal notes among them on their own background. */
export const SupportThread = ({ requestId, messages }: { requestId: string; messages: SupportMessage[] }) => (
  <Container className="divide-y p-0" data-testid="support-thread">
    <div className="px-6 py-4">
      <Heading level="h2">Conversation</Heading>
    </div>
    {messages.map((message) => (
      <SupportMessageItem key={message.id} requestId={requestId} message={message} />
    ))}
  </Container>
)

const SupportMessageItem = ({ requestId, message }: { requestId: string; message: SupportMessage }) => (
  <article
    className={`flex flex-col gap-2 px-6 py-4 ${message.internal ? "bg-ui-tag-orange-bg" : ""}`}
    data-testid="support-message"
    data-internal={String(message.internal)}
    aria-label={message.internal ? `Internal note by ${message.author.name}` : `Message from ${message.author.name}`}
  >
    <div className="flex flex-wrap items-center gap-2">
      <Text size="small" weight="plus">
        {message.author.name}
      </Text>
      <Text size="small" className="text-ui-fg-subtle">
        {PERSON_LABELS[message.author.type]} · {new Date(message.created_at).toLocaleString()}
      </Text>
      {message.internal && (
        <Badge size="2xsmall" color="orange">
          Internal note
        </Badge>
      )}
    </div>
    <Text size="small" className="whitespace-pre-wrap break-words">
      {message.body}
    </Text>
    {message.attachments.length > 0 && (
      <ul className="flex flex-wrap gap-2" aria-label="Attachments">
        {message.attachments.map((attachment) => (
          <li key={attachment.id}>
            {/* A plain link: the browser sends the staff session and saves the file. */}
            <a
              href={attachmentLink(requestId, attachment.id)}
              download={attachment.filename}
              className="txt-compact-small text-ui-fg-interactive hover:underline"
              data-testid="support-attachment"
            >
              {attachment.filename}
            </a>{" "}
            <span className="txt-compact-xsmall text-ui-fg-subtle">({bytesInWords(attachment.size)})</span>
          </li>
        ))}
      </ul>
    )}
  </article>
)
