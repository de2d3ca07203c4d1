import type { ReferenceFigure } from '../core/profile';
import type { Language } from '../core/types';
import { TEXTS } from './texts';

/**
 * A kreisfreie Stadt is both a Gemeinde and a Kreis with the same name (and often the same figure):
 * such a repeated reference is left out. Different areas sharing a name (Landkreis and Stadt
 * Göttingen) keep both, told apart by their level.
 */
export function distinctReferences(refs: ReferenceFigure[], lang: Language): (ReferenceFigure & { label: string })[] {
  const kept: ReferenceFigure[] = [];
  for (const ref of refs) {
    const twin = kept.find((k) => k.areaName === ref.areaName && k.value === ref.value && k.status === ref.status);
    if (!twin) kept.push(ref);
  }
  return kept.map((ref) => {
    const shared = kept.some((k) => k !== ref && k.areaName === ref.areaName);
    return { ...ref, label: shared ? `${ref.areaName} (${TEXTS[lang].levelLabel[ref.level]})` : ref.areaName };
  });
}

/** Names of a path of areas with immediate repetitions removed (Braunschweig, Braunschweig → Braunschweig). */
export function distinctNames(names: string[]): string[] {
  return names.filter((name, i) => name && name !== names[i - 1]);
}
