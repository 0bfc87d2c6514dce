import { Button, Heading, Input } from "@medusajs/ui"

/** A list page's title with its search box. */
export const ListHeader = ({
  title,
  searchLabel,
  q,
  onSearch,
}: {
  title: string
  searchLabel: string
  q: string
  onSearch: (q: string) => void
}) => (
  <div className="flex flex-wrap items-center justify-between gap-2 px-6 py-4">
    <Heading level="h1">{title}</Heading>
    <Input
      type="search"
      size="small"
      aria-label={searchLabel}
      placeholder={searchLabel}
      value={q}
      onChange={(event) => onSearch(event.target.value)}
    />
  </div>
)

/** Tabs that filter a list by status; "" is All. */
export function StatusTabs<T extends string>({ tabs, current, onChange }: { tabs: readonly T[]; current: T; onChange: (tab: T) => void }) {
  return (
    <div className="flex gap-2 px-6 py-3" role="tablist">
      {tabs.map((tab) => (
        <Button
          key={tab || "all"}
          role="tab"
          aria-selected={current === tab}
          size="small"
          variant={current === tab ? "primary" : "secondary"}
          onClick={() => onChange(tab)}
        >
          {tab ? (tab[0].toUpperCase() + tab.slice(1)).replace(/_/g, " ") : "All"}
        </Button>
      ))}
    </div>
  )
}
