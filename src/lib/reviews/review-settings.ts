/**
 * Review settings from the environment, each with its default:
 * REVIEW_MODERATION ("flagged") — "flagged": a review the pre-check finds
 * nothing in is published at once, a flagged one waits for staff; "all":
 * every review waits for staff. REVIEW_REPORTS_TO_HIDE (3) — how many
 * reports take a published review off the page and into the queue.
 * REVIEW_BLOCKED_WORDS ("") — words, comma-separated, that flag a review in
 * addition to the built-in list.
 */
export type ReviewSettings = { moderation: "flagged" | "all"; reportsToHide: number; blockedWords: string[] }

export function reviewSettings(env: Record<string, string | undefined>): ReviewSettings {
  const reports = Number(env.REVIEW_REPORTS_TO_HIDE ?? 3)
  return {
    moderation: env.REVIEW_MODERATION?.trim() === "all" ? "all" : "flagged",
    reportsToHide: Number.isInteger(reports) && reports >= 1 && reports <= 1000 ? reports : 3,
    blockedWords: (env.REVIEW_BLOCKED_WORDS ?? "")
      .split(",")
      .map((word) => word.trim().toLowerCase())
      .filter(Boolean),
  }
}
