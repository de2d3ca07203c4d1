import type { Indicator, Language } from '../../core/types';
import { ct } from '../compare/compareText';

/** Footer lines of every table export: sources, licences, boundaries, demo mark, reference date, disclosure rule. */
export function exportFooter(
  indicators: readonly Indicator[],
  year: string,
  lang: Language,
  synthetic: boolean,
  disclosureNote: string,
): string[] {
  const unique = (values: string[]) => [...new Set(values.filter((v) => v.trim() !== ''))];
  const lines = [
    ...unique(indicators.map((i) => i.source)).map((source) => ct(lang, 'footerSource', { source })),
    ...unique(indicators.map((i) => i.licence)).map((licence) => ct(lang, 'footerLicence', { licence })),
    ...unique(indicators.map((i) => i.attribution)),
    ct(lang, 'footerBoundaries'),
    ct(lang, 'footerDate', { date: unique(indicators.map((i) => `${i.referenceDate}${year}`)).join(', ') || year }),
  ];
  if (synthetic) lines.push(ct(lang, 'footerDemo'));
  if (disclosureNote.trim()) lines.push(disclosureNote.trim());
  return lines;
}
