import { practitionerLogout } from "@/lib/actions/practice-actions"
import { SectionNav } from "@/modules/common/section-nav"

export function PracticeNav({
  current,
  approved,
}: {
  current:
    "home" | "profile" | "offerings" | "schedule" | "bookings" | "events" | "check-in" | "reviews" | "earnings" | "history" | "support"
  approved: boolean
}) {
  const links = [
    ["home", "/practice", "Status"],
    ["profile", "/practice/profile", "Profile"],
    ...(approved
      ? ([
          ["offerings", "/practice/offerings", "Offerings"],
          ["schedule", "/practice/schedule", "Hours"],
          ["bookings", "/practice/bookings", "Bookings"],
          ["events", "/practice/events", "Events"],
          ["check-in", "/practice/check-in", "Check-in"],
          ["reviews", "/practice/reviews", "Reviews"],
          ["history", "/practice/history", "History"],
          ["support", "/practice/support", "Support"],
        ] as const)
      : []),
    ["earnings", "/practice/earnings", "Earnings"],
  ] as const
  return (
    <SectionNav label="Practice portal" links={links} current={current} logout={practitionerLogout} logoutLabel="Log out of the portal" />
  )
}
