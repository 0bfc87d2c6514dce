/** "Mon 7 Dec, 10:00": a moment as people read it, on the clock of `timeZone`. */
export function shortDateTime(at: Date, timeZone: string) {
  return new Intl.DateTimeFormat("en-GB", {
    weekday: "short",
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
    timeZone,
  }).format(at)
}
