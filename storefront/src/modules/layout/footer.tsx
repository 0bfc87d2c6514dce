import Link from "next/link"

export function Footer() {
  return (
    <footer className="border-t border-ink/10 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap justify-between gap-4 px-4 py-8 text-sm text-ink-soft sm:px-6">
        <p>Avenrae — crystals, healers, prophets, mediums and counsellors, in one cart.</p>
        <nav aria-label="Footer" className="flex gap-4">
          <Link href="/store" className="hover:text-ink">
            Shop
          </Link>
          <Link href="/practitioners" className="hover:text-ink">
            Practitioners
          </Link>
          <Link href="/practice" className="hover:text-ink">
            Sell on Avenrae
          </Link>
        </nav>
      </div>
    </footer>
  )
}
