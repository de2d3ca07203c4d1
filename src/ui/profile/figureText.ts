import type { Figure, ProfileLine } from '../../core/profile';
import { formatFigure, formatNumber } from '../../core/format';
import { statusCarriesNumber } from '../../core/status';
import type { Language } from '../../core/types';
import { t } from '../i18n';

export function figureText(figure: Figure, unit: string, lang: Language): string {
  return formatFigure(figure.value, figure.status, unit, lang);
}

/** "94.512 / 512.300"; empty when the value is hidden (its counts must not be shown either). */
export function countsText(figure: Figure, lang: Language): string {
  if (!statusCarriesNumber(figure.status) && figure.status !== 'zero') return '';
  if (figure.numerator === null || figure.denominator === null) return '';
  return `${formatNumber(figure.numerator, lang, 0)} / ${formatNumber(figure.denominator, lang, 0)}`;
}

export function rankText(line: ProfileLine, lang: Language): string {
  return line.rank === null ? '–' : t(lang, 'rankOf', { rank: line.rank, n: line.rankOf });
}
