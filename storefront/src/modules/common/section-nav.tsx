import Link from "next/link"

/** Tabs of a signed-in area (account, portal) with its log-out button. */
export function SectionNav({
  label,
  links,
  current,
  logout,
  logoutLabel,
}: {
  label: string
  links: ReadonlyArray<readonly [key: string, href: string, text: string]>
  current: string
  logout: () => Promise<void>
  logoutLabel: string
}) {
  return (
    <nav aria-label={label} className="mb-6 flex flex-wrap items-center gap-4 text-sm">
      {links.map(([key, href, text]) => (
        <Link
          key={key}
          href={href}
          aria-current={current === key ? "page" : undefined}
          className={current === key ? "font-semibold text-amethyst-700 underline" : "hover:text-amethyst-700"}
        >
          {text}
        </Link>
      ))}
      <form action={logout} className="ml-auto">
        <button type="submit" className="underline">
          {logoutLabel}
        </button>
      </form>
    </nav>
  )
}
