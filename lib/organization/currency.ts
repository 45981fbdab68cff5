/** The currency an organisation starts with until an administrator chooses its own. */
export const defaultCurrency = "EUR";

/** Every ISO 4217 currency the runtime can format, as "EUR", "GBP", "USD"… */
export function currencyCodes(): string[] {
  return Intl.supportedValuesOf("currency");
}

export function isCurrency(code: string): boolean {
  return currencyCodes().includes(code);
}

const names = new Intl.DisplayNames("en-GB", { type: "currency" });

/** "EUR · Euro": how a currency is offered in a list. */
export function currencyOption(code: string): string {
  return `${code} · ${names.of(code) ?? code}`;
}
