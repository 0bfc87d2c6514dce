import { logout } from "@/lib/actions/account-actions"
import { SectionNav } from "@/modules/common/section-nav"

const LINKS = [
  ["overview", "/account", "Profile"],
  ["orders", "/account/orders", "Orders"],
  ["addresses", "/account/addresses", "Addresses"],
] as const

export function AccountNav({ current }: { current: "overview" | "orders" | "addresses" }) {
  return <SectionNav label="Account" links={LINKS} current={current} logout={logout} logoutLabel="Log out" />
}
