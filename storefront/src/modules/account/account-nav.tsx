import { logout } from "@/lib/actions/account-actions"
import { SectionNav } from "@/modules/common/section-nav"

const LINKS = [
  ["overview", "/account", "Profile"],
  ["orders", "/account/orders", "Orders"],
  ["sessions", "/account/sessions", "My sessions"],
  ["addresses", "/account/addresses", "Addresses"],
] as const

export function AccountNav({ current }: { current: "overview" | "orders" | "sessions" | "addresses" }) {
  return <SectionNav label="Account" links={LINKS} current={current} logout={logout} logoutLabel="Log out" />
}
