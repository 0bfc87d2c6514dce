import type { MedusaResponse } from "@medusajs/framework/http"

export type Answer = { statusCode: number; answered: boolean }

/**
 * Runs `settle` once per request, before the answer leaves: the response's
 * `end` waits for it, so whoever sends the next request already sees what was
 * recorded. A request whose connection closes before it is answered (the
 * sender gave up, or the handler never answered) is settled as unanswered.
 */
export function settleBeforeAnswering(res: MedusaResponse, settle: (answer: Answer) => Promise<void>) {
  let settling: Promise<void> | undefined
  const once = (answered: boolean) => (settling ??= settle({ statusCode: res.statusCode, answered }))

  const end = res.end.bind(res) as (...args: unknown[]) => MedusaResponse
  res.end = ((...args: unknown[]) => {
    void once(true).finally(() => end(...args))
    return res
  }) as typeof res.end

  res.on("close", () => {
    if (!res.writableEnded) void once(false)
  })
}
