import { ServerImage } from "@/modules/common/server-image"
import Link from "next/link"
import type { DirectoryPractitioner, PublicPractitioner } from "@/lib/data/practitioners"
import { formatMoney } from "@/lib/util/money"
import { sessionTime } from "@/lib/util/session-time"
import { MeetingModes, RatingSummary, VerifiedBadge } from "./practitioner-facts"

/** A practitioner in a list, with their next free time on the shopper's clock (`zone`). */
export function PractitionerCard({ practitioner: p, zone }: { practitioner: DirectoryPractitioner; zone: string }) {
  return (
    <li className="card p-4" data-testid="practitioner-card">
      <Link href={`/practitioners/${p.handle}`} className="group flex gap-4">
        <Avatar practitioner={p} size={64} />
        <div className="min-w-0 flex-1">
          <h3 className="font-medium group-hover:text-amethyst-700">
            {p.display_name} {p.verified && <VerifiedBadge />}
          </h3>
          <p className="text-sm text-ink-soft">
            <span className="capitalize">{p.kind}</span> · {p.city ?? "Online"}
            {typeof p.distance_km === "number" && <span data-testid="distance"> · {formatDistance(p.distance_km)} away</span>}
          </p>
          <p className="mt-1 text-sm text-ink-soft">{p.specialties.join(", ")}</p>
          <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-ink-soft">
            <RatingSummary average={p.rating_average} count={p.rating_count} />
            <MeetingModes modes={p.meeting_modes} />
            {p.from_price && <span>From {formatMoney(p.from_price.amount, p.from_price.currency_code)}</span>}
          </div>
          <p className={p.next_available ? "mt-2 text-sm text-emerald-800" : "mt-2 text-sm text-ink-soft"} data-testid="next-available">
            {p.next_available ? (
              <>
                Next free: <time dateTime={p.next_available.starts_at}>{sessionTime(p.next_available.starts_at, zone)}</time>
              </>
            ) : (
              "No free time in the next 2 weeks"
            )}
          </p>
        </div>
      </Link>
    </li>
  )
}

export function Avatar({ practitioner, size }: { practitioner: Pick<PublicPractitioner, "avatar_url" | "display_name">; size: number }) {
  if (practitioner.avatar_url) {
    return (
      <ServerImage
        src={practitioner.avatar_url}
        alt=""
        width={size}
        height={size}
        className="shrink-0 rounded-full object-cover"
        style={{ width: size, height: size }}
      />
    )
  }
  const initials = practitioner.display_name
    .split(/\s+/)
    .map((w) => w[0])
    .slice(0, 2)
    .join("")
  return (
    <span
      aria-hidden
      className="flex shrink-0 items-center justify-center rounded-full bg-amethyst-100 font-serif text-amethyst-800"
      style={{ width: size, height: size, fontSize: size / 2.6 }}
    >
      {initials}
    </span>
  )
}

export function formatDistance(km: number) {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km).toLocaleString("en")} km`
}
