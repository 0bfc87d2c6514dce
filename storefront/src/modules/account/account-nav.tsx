import Link from "next/link"
import { logout } from "@/lib/actions/account-actions"

export function AccountNav({ current }: { current: "overview" | "orders" | "addresses" }) {
  const links = [
    ["overview", "/account", "Profile"],
    ["orders", "/account/orders", "Orders"],
    ["addresses", "/account/addresses", "Addresses"],
  ] as const
  return (
    <nav aria-label="Account" className="mb-6 flex flex-wrap items-center gap-4 text-sm">
      {links.map(([key, href, label]) => (
        <Link key={key} href={href} aria-current={current === key ? "page" : undefined} className={current === key ? "font-semibold text-amethyst-700 underline" : "hover:text-amethyst-700"}>
          {label}
        </Link>
      ))}
      <form action={logout} className="ml-auto">
        <button type="submit" className="underline">Log out</button>
      </form>
    </nav>
  )
}
