import type { ViewNotice } from '../core/viewState';
import type { Language } from '../core/types';
import { t } from './i18n';

export function noticeText(notice: ViewNotice, lang: Language): string {
  const value = notice.value.length > 60 ? `${notice.value.slice(0, 60)}…` : notice.value;
  return notice.fallback === null
    ? t(lang, 'noticeInvalidDropped', { param: notice.param, value })
    : t(lang, 'noticeInvalid', { param: notice.param, value, fallback: notice.fallback });
}

export function Notices({ notices, lang, onDismiss }: { notices: ViewNotice[]; lang: Language; onDismiss: () => void }) {
  if (notices.length === 0) return null;
  return (
    <div data-testid="notice" className="notice" role="status">
      <ul>
        {notices.map((n, i) => <li key={i}>{noticeText(n, lang)}</li>)}
      </ul>
      <button type="button" onClick={onDismiss} aria-label={t(lang, 'noticeDismiss')}>×</button>
    </div>
  );
}
