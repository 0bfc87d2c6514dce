/**
 * The benchmark's goals and whether a run met them: plain arithmetic over
 * the measured figures, so the verdicts are tested apart from any server.
 */
export type Goal = {
  /** What is measured, e.g. "Free slots p95 / Medusa's product detail p95, 1 connection". */
  name: string
  /** "at most" passes on equality; "below" does not. */
  rule: "at most" | "below"
  limit: number
  /** How the figure and the limit are written: "×" for ratios, else a unit such as "ms" or "kB". */
  unit: string
}

export type Verdict = Goal & { figure: number; met: boolean; measured: boolean }

/** Whether `figure` meets `goal`; a figure that could not be measured (NaN) meets nothing. */
export function judge(goal: Goal, figure: number): Verdict {
  const measured = Number.isFinite(figure)
  const met = measured && (goal.rule === "at most" ? figure <= goal.limit : figure < goal.limit)
  return { ...goal, figure, met, measured }
}

/** Ours over theirs; NaN when either is missing or theirs is zero. */
export function ratio(ours: number, theirs: number) {
  return Number.isFinite(ours) && Number.isFinite(theirs) && theirs > 0 ? ours / theirs : NaN
}

/** One line per verdict: "Free slots … — 0.21 × (goal: at most 0.25 ×) — met". */
export function describeVerdict(verdict: Verdict) {
  const write = (n: number) => `${n.toFixed(verdict.unit === "×" ? 2 : 1)} ${verdict.unit}`
  const goal = `goal: ${verdict.rule} ${write(verdict.limit)}`
  if (!verdict.measured) return `${verdict.name} — not measured (${goal}) — not met`
  return `${verdict.name} — ${write(verdict.figure)} (${goal}) — ${verdict.met ? "met" : "not met"}`
}
