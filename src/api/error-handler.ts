import { errorHandler, MedusaErrorHandlerFunction } from "@medusajs/framework/http"
import { badPathSegment, pathOf } from "../lib/http/path-segments"
import { isWordedConflict } from "../workflows/utils/worded-conflict"

const medusaErrorHandler = errorHandler()
/** body-parser's error type for a JSON body it could not parse. */
const JSON_PARSE_FAILED = "entity.parse.failed"

/**
 * Medusa's error handler, with two exceptions:
 * - a taken slot, seats no longer there and a refused check-in keep their own
 *   words (see WORDED_CONFLICTS);
 * - a path Express cannot decode (`%E0%A4%A` where a route parameter is) is
 *   the client's mistake, a 400 naming the segment, not Medusa's 500;
 * - a JSON body that does not parse says so, not only the parser's words.
 */
export const avenraeErrorHandler: MedusaErrorHandlerFunction = (error, req, res, next) => {
  if (isWordedConflict(error)) {
    res.status(409).json({ type: "conflict", code: error.code, message: error.message })
    return
  }
  if (error instanceof URIError) {
    const message = badPathSegment(pathOf(req.originalUrl)) ?? "The request path is not valid percent-encoding."
    res.status(400).json({ type: "invalid_data", message })
    return
  }
  if ((error as { type?: unknown }).type === JSON_PARSE_FAILED) {
    res.status(400).json({ type: "invalid_data", message: `The body is not valid JSON (${error.message}). Send a JSON object.` })
    return
  }
  return medusaErrorHandler(error, req, res, next)
}
