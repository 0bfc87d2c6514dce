import type { MedusaNextFunction, MedusaRequest, MedusaResponse } from "@medusajs/framework/http"
import { MedusaError } from "@medusajs/framework/utils"
import { badPathSegment, pathOf } from "../lib/http/path-segments"
import { findUnsafeText } from "../lib/http/unsafe-text"

/**
 * The API namespaces whose requests are checked: ours and Medusa's own
 * (its routes fail the same way on a NUL). A regular expression without
 * groups, so Express decodes no parameter before the check runs; it matches
 * only the namespace (Express mounts the middleware there, and skips it when
 * the match does not end at a "/").
 */
export const CHECKED_PATHS = /^\/(?:store|vendor|admin|auth|hooks)(?=\/|$)/

/**
 * The one place that refuses input the database cannot store, before any
 * validator or query sees it: a path segment that is not valid
 * percent-encoding or decodes to a NUL, and a NUL or a lone surrogate in any
 * query parameter or body field. Answers 400 naming the segment or field.
 */
export function rejectUnsafeInput(req: MedusaRequest, _res: MedusaResponse, next: MedusaNextFunction) {
  const pathProblem = badPathSegment(pathOf(req.originalUrl))
  if (pathProblem) return next(new MedusaError(MedusaError.Types.INVALID_DATA, pathProblem))
  const found = findUnsafeText(req.query, "query") ?? findUnsafeText(req.body, "body")
  if (found) return next(new MedusaError(MedusaError.Types.INVALID_DATA, `${found.field} ${found.problem}.`))
  next()
}
