import { logout } from "@/lib/actions/account-actions"
import { SectionNav } from "@/modules/common/section-nav"

const LINKS = [
  ["overview", "/account", "Profile"],
  ["orders", "/account/orders", "Orders"],
  ["sessions", "/account/sessions", "My sessions"],
  ["tickets", "/account/tickets", "My tickets"],
  ["reviews", "/account/reviews", "My reviews"],
  ["saved", "/account/saved", "Saved"],
  ["addresses", "/account/addresses", "Addresses"],
  ["support", "/account/support", "Support"],
] as const

export function AccountNav({ current }: { current: (typeof LINKS)[number][0] }) {
  return <SectionNav label="Account" links={LINKS} current={current} logout={logout} logoutLabel="Log out" />
}
