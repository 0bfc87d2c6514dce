import { isBackendUnavailable } from "./backend-failure"

/**
 * Words for a failed call to the backend. Medusa answers bad input with a
 * message meant for people; an outage says so; anything else becomes a plain
 * apology.
 */
export function errorMessage(error: unknown, fallback = "Something went wrong. Please try again.") {
  const { message, status } = (error ?? {}) as { message?: string; status?: number }
  if (isBackendUnavailable(error) || (status ?? 0) >= 500 || /fetch failed|ECONNREFUSED/i.test(message ?? "")) {
    return "The shop cannot be reached just now. Please try again in a moment."
  }
  return message || fallback
}

export function statusOf(error: unknown): number | undefined {
  return (error as { status?: number })?.status
}

export type ActionState = {
  error?: string
  ok?: boolean
  message?: string
  /** What was typed into a form that failed, so it can be shown again. */
  values?: Record<string, string>
}

/**
 * A failed form action's answer. React resets a form after its action runs,
 * so the typed values (never passwords) come back for the fields to show;
 * a field sent several times (checkboxes) comes back comma-joined.
 */
export function failure(form: FormData, error: string): ActionState {
  const values: Record<string, string> = {}
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string" || key.startsWith("$") || /password/i.test(key)) continue
    values[key] = key in values ? `${values[key]},${value}` : value
  }
  return { error, values }
}
