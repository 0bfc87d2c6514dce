import Link from "next/link"
import { practitionerLogout } from "@/lib/actions/practice-actions"

export function PracticeNav({ current, approved }: { current: "home" | "profile" | "offerings"; approved: boolean }) {
  const links = [
    ["home", "/practice", "Status"],
    ["profile", "/practice/profile", "Profile"],
    ...(approved ? [["offerings", "/practice/offerings", "Offerings"] as const] : []),
  ] as const
  return (
    <nav aria-label="Practice portal" className="mb-6 flex flex-wrap items-center gap-4 text-sm">
      {links.map(([key, href, label]) => (
        <Link key={key} href={href} aria-current={current === key ? "page" : undefined} className={current === key ? "font-semibold text-amethyst-700 underline" : "hover:text-amethyst-700"}>
          {label}
        </Link>
      ))}
      <form action={practitionerLogout} className="ml-auto">
        <button type="submit" className="underline">Log out of the portal</button>
      </form>
    </nav>
  )
}
