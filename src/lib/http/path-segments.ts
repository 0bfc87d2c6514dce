import { textProblem } from "./unsafe-text"

/**
 * What is wrong with the first segment of a request path that cannot be a
 * route parameter: malformed percent-encoding (`%`, `%E0%A4%A`) or, once
 * decoded, text the database cannot store (`%00`). Null when every segment
 * is fine. `path` is the raw path, without the query string.
 */
export function badPathSegment(path: string): string | null {
  for (const segment of path.split("/")) {
    let decoded: string
    try {
      decoded = decodeURIComponent(segment)
    } catch {
      return describe(segment, "is not valid percent-encoding; encode path values with encodeURIComponent")
    }
    const problem = textProblem(decoded)
    if (problem) return describe(segment, problem)
  }
  return null
}

/** The path part of a request URL ("/store/x?q=1" → "/store/x"). */
export function pathOf(url: string): string {
  const query = url.indexOf("?")
  return query === -1 ? url : url.slice(0, query)
}

function describe(segment: string, problem: string) {
  const shown = segment.length > 60 ? `${segment.slice(0, 60)}…` : segment
  return `The path segment ${JSON.stringify(shown)} ${problem}.`
}
