import { sparkline } from '../../charts/timeseries';

/** A tiny trend line; its meaning is in the accessible label (first and last value), not only in the line. */
export function Sparkline({ values, label }: { values: (number | null)[]; label: string }) {
  const width = 64;
  const height = 18;
  const s = sparkline(values, width, height);
  if (!s.path) return <span className="muted">–</span>;
  return (
    <svg className="sparkline" width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-label={label}>
      <path d={s.path} fill="none" stroke="#225ea8" strokeWidth={1.5} />
      {s.last && <circle cx={s.last.x} cy={s.last.y} r={2} fill="#225ea8" />}
    </svg>
  );
}
