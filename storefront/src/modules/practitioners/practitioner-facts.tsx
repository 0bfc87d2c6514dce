import { reviewCount } from "@/modules/reviews/review-words"

export function VerifiedBadge() {
  return (
    <span
      className="ml-1 inline-flex items-center rounded-full bg-emerald-100 px-2 py-0.5 align-middle text-xs font-medium text-emerald-900"
      title="Staff checked identity and credentials"
    >
      Verified
    </span>
  )
}

export function RatingSummary({ average, count }: { average: number; count: number }) {
  return count > 0 ? (
    <span>
      ★ {average.toFixed(1)} <span className="text-ink-soft">({reviewCount(count)})</span>
    </span>
  ) : (
    <span>No reviews yet</span>
  )
}

export function MeetingModes({ modes }: { modes: Array<"in_person" | "online"> }) {
  return <span>{modes.map((m) => (m === "in_person" ? "In person" : "Online")).join(" · ")}</span>
}
