import type { NearbyItem } from '../../core/profile';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { t } from '../i18n';

export function distanceText(item: NearbyItem, lang: Language): string {
  if (item.distanceKm <= 0) return t(lang, 'nearbyInside');
  return t(lang, 'nearbyDistance', { km: formatNumber(item.distanceKm, lang, 1) });
}

export function NearbyList({ items, lang, limit }: { items: NearbyItem[]; lang: Language; limit?: number }) {
  const shown = limit ? items.slice(0, limit) : items;
  return (
    <section className="nearby" aria-labelledby="nearby-title">
      <h3 id="nearby-title">{t(lang, 'nearby')}</h3>
      {shown.length === 0 ? (
        <p data-testid="nearby-list" className="muted">{t(lang, 'nearbyEmpty')}</p>
      ) : (
        <ul data-testid="nearby-list" className="nearby-list">
          {shown.map((item) => (
            <li key={`${item.kind}:${item.id}`} data-kind={item.kind}>
              <span className={`nearby-icon nearby-${item.kind}`} aria-hidden="true" />
              <span className="nearby-text">
                <span className="nearby-name">{item.name}</span>{' '}
                <span className="muted">
                  {item.kind === 'programme_area' ? t(lang, 'kindProgrammeArea') : t(lang, 'kindProject')}: {item.category}
                  {item.year ? `, ${t(lang, 'nearbySince', { year: item.year })}` : ''}
                </span>
              </span>{' '}
              <span className="nearby-distance">{distanceText(item, lang)}</span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
