/** "R 650,00" / "$45.00" / "€40,00": Medusa 2 amounts are in major units. */
export function formatMoney(amount: number | null | undefined, currencyCode: string, locale = localeFor(currencyCode)) {
  if (amount === null || amount === undefined) return "—"
  return new Intl.NumberFormat(locale, { style: "currency", currency: currencyCode.toUpperCase() }).format(amount)
}

function localeFor(currencyCode: string) {
  switch (currencyCode.toLowerCase()) {
    case "zar":
      return "en-ZA"
    case "eur":
      return "en-IE"
    default:
      return "en-US"
  }
}
