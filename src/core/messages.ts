import type { Language } from './types';

export type MessageVars = Readonly<Record<string, string | number>>;

/** `{name}` placeholders filled with text (never HTML); a name without a value stays as written. */
export function fillTemplate(template: string, vars: MessageVars = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** The lookup function of one message table (German and English texts under the same keys). */
export function translator<K extends string>(messages: Readonly<Record<Language, Readonly<Record<K, string>>>>) {
  return (lang: Language, key: K, vars: MessageVars = {}): string => fillTemplate(messages[lang][key], vars);
}
