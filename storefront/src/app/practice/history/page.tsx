import type { Metadata } from "next"
import Link from "next/link"
import { redirect } from "next/navigation"
import { listOwnHistory } from "@/lib/data/history"
import { retrieveOwnPractitioner } from "@/lib/data/vendor"
import { zoneName } from "@/lib/util/session-time"
import { HistoryEntryCard } from "@/modules/practice/history-entry"
import { PracticeNav } from "@/modules/practice/practice-nav"

export const metadata: Metadata = {
  title: "Your history",
  description: "What you changed in the portal and what Avenrae staff decided about you.",
}

const PAGE_SIZE = 20
const PATH = "/practice/history"

export default async function PracticeHistoryPage({ searchParams }: { searchParams: Promise<{ cursor?: string | string[] }> }) {
  const me = await retrieveOwnPractitioner()
  if (me?.status !== "approved") redirect("/practice")
  const { cursor } = await searchParams
  const older = typeof cursor === "string" && cursor ? cursor : undefined
  const page = await listOwnHistory({ limit: PAGE_SIZE, cursor: older })
  // A cursor the backend did not give (an old or edited link): start again from the newest.
  if (!page) redirect(PATH)
  return (
    <>
      <h1 className="font-serif text-3xl">Your history</h1>
      <div className="mt-4">
        <PracticeNav current="history" approved />
      </div>
      <p className="mb-3 text-sm text-ink-soft">
        What you changed in the portal and what Avenrae staff decided about you, newest first. Times in your zone ({zoneName(me.timezone)}).
      </p>
      {page.history.length === 0 ? (
        <p className="text-ink-soft" data-testid="history-empty">
          {older ? "Nothing older." : "Nothing yet."}
        </p>
      ) : (
        <ul className="space-y-3" aria-label="Your history">
          {page.history.map((entry) => (
            <HistoryEntryCard key={entry.id} entry={entry} zone={me.timezone} />
          ))}
        </ul>
      )}
      <nav aria-label="More history" className="mt-4 flex gap-4 text-sm">
        {older && (
          <Link href={PATH} className="underline">
            Newest
          </Link>
        )}
        {page.next_cursor && (
          <Link href={`${PATH}?${new URLSearchParams({ cursor: page.next_cursor })}`} className="underline" rel="next">
            Older
          </Link>
        )}
      </nav>
    </>
  )
}
