import type { ReviewFlag } from "../../modules/review/values"

/**
 * The automatic pre-check of a review or a reply: what in its text a person
 * should look at before it is public. It never refuses anything and never
 * reads the rating; a flag only routes the text to the staff queue.
 */
const LINK = /\b(?:https?:\/\/|www\.)\S+|\b[a-z0-9-]+\.(?:com|net|org|io|co|za|info|biz|xyz|me|app|shop)\b/i
const EMAIL = /[^\s@]+@[^\s@]+\.[a-z]{2,}/i
/** Seven or more digits, allowing the spaces, dots, dashes and brackets people write numbers with. */
const PHONE = /(?:\+?\d[\s().-]*){7,}/

/** Abuse and spam words that send a text to a person; extended by REVIEW_BLOCKED_WORDS. */
export const BUILT_IN_BLOCKED_WORDS = [
  "idiot",
  "scammer",
  "fraudster",
  "bitch",
  "bastard",
  "fuck",
  "shit",
  "cunt",
  "whatsapp me",
  "casino",
  "viagra",
  "crypto giveaway",
]

export function preCheckFlags(text: string, extraWords: readonly string[] = []): ReviewFlag[] {
  const flags: ReviewFlag[] = []
  // An address's domain is not a link of its own.
  if (LINK.test(text.replace(new RegExp(EMAIL.source, "gi"), " "))) flags.push("link")
  if (EMAIL.test(text)) flags.push("email")
  if (PHONE.test(text)) flags.push("phone")
  const lower = text.toLowerCase()
  const words = [...BUILT_IN_BLOCKED_WORDS, ...extraWords]
  if (words.some((word) => containsWord(lower, word))) flags.push("word")
  return flags
}

/** `word` as a whole word (or phrase) of `text`: "shit" flags "shit", not "shitake"; "hell" never "hello". */
function containsWord(text: string, word: string) {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")
  return new RegExp(`(?:^|[^\\p{L}\\p{N}])${escaped}(?:$|[^\\p{L}\\p{N}])`, "u").test(text)
}

/** What a review's text is, for the pre-check: its title and body together. */
export const reviewText = (review: { title?: string | null; body?: string | null }) =>
  [review.title, review.body].filter(Boolean).join("\n")
