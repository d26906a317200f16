import { api, type Country } from './api.js';
import { language } from './i18n.js';

/** Country names in both languages, loaded once from /api/countries. */
let byCode = new Map<string, Country>();
let loading: Promise<void> | null = null;

export function loadCountries(): Promise<void> {
  loading ??= api.countries().then(({ countries }) => {
    byCode = new Map(countries.map((c) => [c.code, c]));
  });
  return loading;
}

/** The country's name in the current language; codes without a country (organisations) stay as they are. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  const country = byCode.get(code);
  return country ? country[language()] || country.en : code;
}

export function allCountries(): Country[] {
  return [...byCode.values()];
}
