import { useEffect, useRef, useState } from 'react';
import './custom.css';
import { formatNumber } from '../../core/format';
import type { Language } from '../../core/types';
import { cu } from './customText';
import { mapPick, useMapPick } from './mapPick';

/** Keys typed into a field are the field's, not the drawing's. */
function typing(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT');
}

/**
 * Over the map while a pick mode runs: what to do, the polygon's corners as a text list (the
 * non-visual alternative to the drawing), a form to type a corner, and the keyboard:
 * Escape cancels, Enter closes the polygon, Backspace removes the last corner.
 */
export function MapPickBar({ lang }: { lang: Language }) {
  const pick = useMapPick();
  const ref = useRef<HTMLElement>(null);
  const [lat, setLat] = useState('');
  const [lon, setLon] = useState('');
  const [tooFew, setTooFew] = useState(false);
  const active = pick.mode !== 'idle';

  useEffect(() => {
    if (!active) return;
    ref.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        mapPick.cancel();
      } else if (e.key === 'Enter' && !typing(e.target) && mapPick.get().mode === 'polygon') {
        e.preventDefault();
        setTooFew(!mapPick.finish());
      } else if (e.key === 'Backspace' && !typing(e.target)) {
        e.preventDefault();
        mapPick.removeLast();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
  useEffect(() => setTooFew(false), [pick.vertices.length]);

  if (!active) return null;
  const degrees = (x: number) => formatNumber(x, lang, 5);
  const addTyped = () => {
    const p: [number, number] = [Number(lon.replace(',', '.')), Number(lat.replace(',', '.'))];
    if (lat.trim() !== '' && lon.trim() !== '' && mapPick.click(p)) {
      setLat('');
      setLon('');
    }
  };
  return (
    <section ref={ref} tabIndex={-1} className="map-pick-bar" data-testid="map-pick-bar" data-mode={pick.mode} aria-label={cu(lang, pick.mode === 'centre' ? 'pickCentre' : 'drawPolygon')}>
      <p role="status">{cu(lang, pick.mode === 'centre' ? 'pickCentreHint' : 'drawHint')}</p>
      {pick.mode === 'polygon' && (
        <>
          <p>{cu(lang, 'vertices', { n: pick.vertices.length })}</p>
          <ol data-testid="map-pick-vertices">
            {pick.vertices.map(([x, y], i) => <li key={i}>{cu(lang, 'vertex', { lat: degrees(y), lon: degrees(x) })}</li>)}
          </ol>
          <form onSubmit={(e) => { e.preventDefault(); addTyped(); }}>
            <label>{cu(lang, 'lat')} <input data-testid="map-pick-lat" inputMode="decimal" value={lat} onChange={(e) => setLat(e.target.value)} /></label>
            <label>{cu(lang, 'lon')} <input data-testid="map-pick-lon" inputMode="decimal" value={lon} onChange={(e) => setLon(e.target.value)} /></label>
            <button type="submit">{cu(lang, 'addVertex')}</button>
          </form>
          {tooFew && <p role="alert">{cu(lang, 'needThree')}</p>}
        </>
      )}
      <div className="map-pick-actions">
        {pick.mode === 'polygon' && (
          <>
            <button type="button" data-testid="map-pick-undo" disabled={pick.vertices.length === 0} onClick={() => mapPick.removeLast()}>{cu(lang, 'removeVertex')}</button>
            <button type="button" data-testid="map-pick-finish" disabled={pick.vertices.length < 3} onClick={() => mapPick.finish()}>{cu(lang, 'finishPolygon')}</button>
          </>
        )}
        <button type="button" data-testid="map-pick-cancel" onClick={() => mapPick.cancel()}>{cu(lang, 'cancelPick')}</button>
      </div>
    </section>
  );
}
