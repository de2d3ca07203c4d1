import type { Language } from '../../core/types';
import type { WorkspaceChange } from '../../data/workspace/workspace';

/** Why a workspace change was refused, in the user's language. */
export function refusalText(outcome: Extract<WorkspaceChange, { ok: false }>, lang: Language): string {
  return outcome.message?.[lang] ?? outcome.problems.map((p) => (lang === 'de' ? p.messageDe : p.messageEn)).join(' ');
}
