import type { Status } from './types';

/**
 * DIN 55301 symbols (and the employment agency's `*`) as they appear in official tables,
 * mapped to the status stored beside each value.
 */
export const SYMBOL_STATUS: Readonly<Record<string, Status>> = Object.freeze({
  '-': 'zero',
  '0': 'lt_half',
  '.': 'secret',
  '/': 'unreliable',
  x: 'blocked',
  X: 'blocked',
  '*': 'suppressed',
  '…': 'not_yet',
  '...': 'not_yet',
});

/** The status of a statistical symbol, or undefined (own keys only: a cell `constructor` is no symbol). */
export function symbolStatus(text: string): Status | undefined {
  return Object.prototype.hasOwnProperty.call(SYMBOL_STATUS, text) ? SYMBOL_STATUS[text] : undefined;
}

/** The symbol written back into exports for a status that carries no number. */
export const STATUS_SYMBOL: Readonly<Record<Status, string>> = Object.freeze({
  ok: '',
  zero: '-',
  lt_half: '0',
  secret: '.',
  unreliable: '/',
  blocked: 'x',
  not_yet: '…',
  limited: '()',
  suppressed: '*',
  missing: '',
});

/** Statuses whose value is a usable number (zero and below-half-unit count as numbers). */
export function statusCarriesNumber(status: Status): boolean {
  return status === 'ok' || status === 'zero' || status === 'lt_half' || status === 'limited';
}

export const ALL_STATUSES: readonly Status[] = [
  'ok', 'zero', 'lt_half', 'secret', 'unreliable', 'blocked', 'not_yet', 'limited', 'suppressed', 'missing',
];

export function isStatus(text: string): text is Status {
  return (ALL_STATUSES as readonly string[]).includes(text);
}
