/**
 * A failure the person running `npm start` can fix. The launcher prints its
 * message as one line (cause, then the fix) instead of a stack trace.
 */
export class LaunchError extends Error {
  constructor(cause: string, fix: string) {
    super(`${cause} — ${fix}`.replace(/\s+/g, " "))
    this.name = "LaunchError"
  }
}
