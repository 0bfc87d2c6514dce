/**
 * Words for a failed call to the backend. Medusa answers bad input with a
 * message meant for people; anything else becomes a plain apology.
 */
export function errorMessage(error: unknown, fallback = "Something went wrong. Please try again.") {
  const message = (error as { message?: string })?.message
  if (!message || /fetch failed|ECONNREFUSED/i.test(message)) {
    return /fetch failed|ECONNREFUSED/i.test(message ?? "")
      ? "The shop cannot be reached just now. Please try again in a moment."
      : fallback
  }
  return message
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number })?.status
}

export type ActionState = { error?: string; ok?: boolean; message?: string }
