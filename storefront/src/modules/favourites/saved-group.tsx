import Link from "next/link"
import type { Favourite, FavouriteTarget } from "@/lib/data/favourites"
import { ServerImage } from "@/modules/common/server-image"
import { Avatar } from "@/modules/practitioners/practitioner-card"
import { NotifyToggle } from "./notify-toggle"
import { RemoveSavedButton } from "./remove-saved-button"

const KINDS: Record<FavouriteTarget, { heading: string; path: string; gone: string }> = {
  practitioner: { heading: "Practitioners", path: "/practitioners", gone: "This practitioner is no longer listed." },
  event: { heading: "Events", path: "/events", gone: "This event is no longer listed." },
  product: { heading: "Products", path: "/products", gone: "This product is no longer sold." },
}

/** One kind of saved item, each with its link, Remove, and for practitioners the email about their new times and events. */
export function SavedGroup({ kind, favourites }: { kind: FavouriteTarget; favourites: Favourite[] }) {
  if (!favourites.length) return null
  const { heading, path, gone } = KINDS[kind]
  const id = `saved-${kind}`
  return (
    <section aria-labelledby={id} className="mb-10">
      <h2 id={id} className="mb-3 text-lg font-semibold">
        {heading}
      </h2>
      <ul className="divide-y divide-ink/10" aria-label={`Saved ${heading.toLowerCase()}`}>
        {favourites.map((favourite) => {
          const { target } = favourite
          return (
            <li key={favourite.id} className="flex flex-wrap items-center gap-4 py-3" data-testid="saved-item" data-target-type={kind}>
              <Thumb kind={kind} title={target?.title ?? ""} image={target?.image ?? null} />
              <div className="min-w-0 flex-1">
                {target ? (
                  <Link href={`${path}/${encodeURIComponent(target.handle)}`} className="font-medium underline">
                    {target.title}
                  </Link>
                ) : (
                  <p className="text-ink-soft">{gone}</p>
                )}
                {kind === "practitioner" && target && (
                  <div className="mt-1">
                    <NotifyToggle favouriteId={favourite.id} notify={favourite.notify} name={target.title} />
                  </div>
                )}
              </div>
              <RemoveSavedButton favouriteId={favourite.id} title={target?.title ?? "this saved item"} />
            </li>
          )
        })}
      </ul>
    </section>
  )
}

/**
 * A small picture: a practitioner's avatar (or initials) and a product's
 * thumbnail through the image optimiser, as elsewhere; an event's picture
 * as it is, since events may show pictures from other sites.
 */
function Thumb({ kind, title, image }: { kind: FavouriteTarget; title: string; image: string | null }) {
  if (kind === "practitioner") return <Avatar practitioner={{ avatar_url: image, display_name: title || "?" }} size={48} />
  if (!image) return <span aria-hidden="true" className="h-12 w-12 shrink-0 rounded-lg bg-sand-100" />
  return (
    <ServerImage
      src={image}
      alt=""
      width={48}
      height={48}
      unoptimized={kind === "event"}
      className="h-12 w-12 shrink-0 rounded-lg object-cover"
    />
  )
}
