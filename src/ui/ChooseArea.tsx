import type { Language } from '../core/types';
import { AREA_SEARCH_INPUT_ID } from './AreaSearch';
import { t } from './i18n';

/** Shown by the profile and report views when no area is selected: points to the search. */
export function ChooseArea({ lang, testId }: { lang: Language; testId: string }) {
  return (
    <div data-testid={testId} className="panel choose-area">
      <p>{t(lang, 'chooseArea')}</p>
      <p>
        <label htmlFor={AREA_SEARCH_INPUT_ID} className="link-button">{t(lang, 'searchLabel')} →</label>
      </p>
    </div>
  );
}
