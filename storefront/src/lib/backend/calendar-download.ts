import "server-only"
import { backendDownload } from "./backend-download"

/**
 * A calendar file from the backend passed on as a download: `what` names it
 * in the words a refusal is answered with ("This session's", "This
 * ticket's"); anything the reader may not have is a 404.
 */
export async function calendarDownload(path: string, headers: Record<string, string>, what: string, fallbackName: string) {
  return backendDownload(path, headers, {
    thing: "calendar file",
    refusal: `${what} calendar file is not available to you.`,
    contentType: "text/calendar; charset=utf-8",
    fallbackName,
  })
}
