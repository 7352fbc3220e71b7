// The account form's model: the values being typed, what connection:connect receives, and what is missing first.
import type { ConnectInput, ConnectionStatus, Environment, Language } from '../../../shared/connection';

export interface AccountFormValues {
  environment: Environment;
  sandboxUrl: string;
  token: string;
  company: string;
  email: string;
  /** Every market, ticked or not, with its chosen language. */
  countries: Record<string, { selected: boolean; language: string }>;
}

export type FormField = 'token' | 'company' | 'email' | 'countries' | 'sandboxUrl';

export function initialValues(status: ConnectionStatus): AccountFormValues {
  const chosen = new Map(status.countries.map((country) => [country.code, country.language]));
  return {
    environment: status.environment,
    sandboxUrl: status.sandbox?.url && status.environment === 'custom' ? status.sandbox.url : '',
    token: '',
    company: status.company,
    email: status.email,
    countries: Object.fromEntries(
      status.markets.map((market) => [market.code, { selected: chosen.has(market.code), language: chosen.get(market.code) ?? market.defaultLanguage }]),
    ),
  };
}

export function missingFields(values: AccountFormValues): FormField[] {
  const missing: FormField[] = [];
  if (values.environment === 'custom' && !values.sandboxUrl.trim()) missing.push('sandboxUrl');
  if (!values.token.trim()) missing.push('token');
  if (!values.company.trim()) missing.push('company');
  if (!values.email.trim()) missing.push('email');
  if (!Object.values(values.countries).some((country) => country.selected)) missing.push('countries');
  return missing;
}

export function toConnectInput(values: AccountFormValues, marketOrder: readonly string[]): ConnectInput {
  return {
    environment: values.environment,
    ...(values.environment === 'custom' ? { sandboxUrl: values.sandboxUrl.trim() } : {}),
    token: values.token.trim(),
    company: values.company.trim(),
    email: values.email.trim(),
    countries: marketOrder.flatMap((code) => {
      const country = values.countries[code];
      return country?.selected ? [{ code, language: country.language as Language }] : [];
    }),
  };
}
