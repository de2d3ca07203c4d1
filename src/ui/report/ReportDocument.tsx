import type { LegendEntry, LineChart, MapExcerpt, ReportModel } from '../../report/types';
import { pageMarginCss, REPORT_CSS } from './reportCss';

/**
 * The report as an A4 print layout. Every data string is a React text node or a plain attribute;
 * map and charts are inline SVG drawn from the model's geometry. Used by the app's report view
 * and, through renderToStaticMarkup, by the CLI's HTML export.
 */
export function ReportDocument({ model }: { model: ReportModel }) {
  return (
    <article className="qa-report" lang={model.lang} data-report-version={model.version} data-area-key={model.area.key}>
      <style>{REPORT_CSS + pageMarginCss(model.demoMark, model.lang)}</style>
      {model.demoMark && <div className="qa-demo-mark" role="note" data-testid="report-demo-mark">{model.demoMark}</div>}
      <header>
        <h1>{model.title}</h1>
        <p>{model.subtitle}</p>
        <p className="qa-muted">{model.generatedLabel}</p>
      </header>
      <section>
        <h2>{model.headings.summary}</h2>
        {model.summary.map((paragraph, i) => <p key={i}>{paragraph}</p>)}
      </section>
      <section>
        <h2>{model.headings.map}</h2>
        <h3>{model.map.title}</h3>
        <div className="qa-map-row">
          <MapSvg map={model.map} />
          <MapLegend map={model.map} />
        </div>
        {model.map.scaleNote && <p className="qa-muted">{model.map.scaleNote}</p>}
        <p className="qa-muted" data-testid="report-attribution">{model.map.attribution}</p>
      </section>
      <section className="qa-long">
        <h2>{model.headings.table}</h2>
        <table>
          <thead>
            <tr>{model.table.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr>
          </thead>
          <tbody>
            {model.table.rows.map((row) => (
              <tr key={row.indicatorId} data-indicator={row.indicatorId}>
                <th scope="row">{row.label}</th>
                <td>{row.value}</td>
                <td>{row.counts}</td>
                <td>{row.rank}</td>
                {row.references.map((r, i) => <td key={i}>{r}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
        {model.table.notes.map((note, i) => <p key={i} className="qa-muted">{note}</p>)}
      </section>
      {model.charts.length > 0 && (
        <section>
          <h2>{model.headings.charts}</h2>
          <div className="qa-charts">{model.charts.map((chart) => <ChartFigure key={chart.id} chart={chart} />)}</div>
        </section>
      )}
      <section className="qa-long">
        <h2>{model.headings.nearby}</h2>
        {model.nearby.rows.length > 0 && (
          <table>
            <thead>
              <tr>{model.nearby.columns.map((c, i) => <th key={i} scope="col">{c}</th>)}</tr>
            </thead>
            <tbody>
              {model.nearby.rows.map((row, i) => (
                <tr key={i}>
                  <td>{row.name}</td>
                  <td>{row.kind}</td>
                  <td>{row.category}</td>
                  <td>{row.year}</td>
                  <td>{row.distance}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {model.nearby.note && <p className="qa-muted">{model.nearby.note}</p>}
      </section>
      <section>
        <h2>{model.headings.sources}</h2>
        <ul className="qa-sources">{model.sources.map((s, i) => <li key={i}>{s.text}</li>)}</ul>
      </section>
      <footer className="qa-footer">
        <p className="qa-disclosure" data-testid="report-disclosure">{model.disclosure}</p>
        {model.footer}
      </footer>
    </article>
  );
}

function MapSvg({ map }: { map: MapExcerpt }) {
  const bar = map.scaleBar;
  return (
    <svg className="qa-map" viewBox={`0 0 ${map.width} ${map.height}`} width={`${map.width}mm`} height={`${map.height}mm`} role="img" aria-label={map.title}>
      <rect x={0} y={0} width={map.width} height={map.height} fill={map.background} />
      {map.areas.map((shape) => (
        <path key={`a-${shape.id}`} d={shape.d} fill={shape.fill} fillRule="evenodd" stroke={shape.stroke} strokeWidth={shape.strokeWidth} strokeLinejoin="round">
          <title>{shape.name}</title>
        </path>
      ))}
      {map.programmeAreas.map((shape) => (
        <path key={`p-${shape.id}`} d={shape.d} fill="none" stroke={shape.stroke} strokeWidth={shape.strokeWidth}>
          <title>{shape.name}</title>
        </path>
      ))}
      {map.projects.map((p) => (
        <circle key={`c-${p.id}`} cx={p.x} cy={p.y} r={p.r} fill={p.fill} stroke={p.stroke} strokeWidth={0.2}>
          <title>{p.name}</title>
        </circle>
      ))}
      {bar.length > 0 && (
        <g>
          <line x1={bar.x} y1={bar.y} x2={bar.x + bar.length} y2={bar.y} stroke="#000000" strokeWidth={0.6} />
          <text x={bar.x} y={bar.y - 1.2} fontSize={2.6} fontFamily="Helvetica, Arial, sans-serif">{bar.label}</text>
        </g>
      )}
    </svg>
  );
}

function Swatch({ entry }: { entry: LegendEntry }) {
  return (
    <svg width="5mm" height="3mm" viewBox="0 0 5 3" aria-hidden="true">
      {entry.kind === 'project'
        ? <circle cx={2.5} cy={1.5} r={1.2} fill={entry.fill} stroke={entry.stroke} strokeWidth={0.2} />
        : <rect x={0.2} y={0.2} width={4.6} height={2.6} fill={entry.fill} stroke={entry.stroke} strokeWidth={entry.kind === 'selected' ? 0.6 : 0.25} />}
    </svg>
  );
}

function MapLegend({ map }: { map: MapExcerpt }) {
  const { legend } = map;
  return (
    <div>
      <h3>{legend.title}</h3>
      {legend.unit && <p className="qa-muted">{legend.unit === '%' ? 'in %' : `in ${legend.unit}`}</p>}
      {legend.method && <p className="qa-muted">{legend.method}</p>}
      <ul className="qa-legend">
        {legend.entries.map((entry, i) => (
          <li key={i} data-kind={entry.kind}><Swatch entry={entry} /><span>{entry.label}</span></li>
        ))}
      </ul>
    </div>
  );
}

function ChartFigure({ chart }: { chart: LineChart }) {
  const { plot } = chart;
  return (
    <figure>
      <figcaption>{chart.title}</figcaption>
      <svg viewBox={`0 0 ${chart.width} ${chart.height}`} width={`${chart.width}mm`} height={`${chart.height}mm`} role="img" aria-label={chart.title} fontFamily="Helvetica, Arial, sans-serif">
        {chart.yTicks.map((t, i) => (
          <g key={`y${i}`}>
            <line x1={plot.x} y1={t.y} x2={plot.x + plot.width} y2={t.y} stroke="#dddddd" strokeWidth={0.15} />
            <text x={plot.x - 1.5} y={t.y + 1} fontSize={2.5} textAnchor="end" fill="#555555">{t.label}</text>
          </g>
        ))}
        {chart.xTicks.map((t, i) => (
          <text key={`x${i}`} x={t.x} y={plot.y + plot.height + 4} fontSize={2.5} textAnchor="middle" fill="#555555">{t.label}</text>
        ))}
        <line x1={plot.x} y1={plot.y + plot.height} x2={plot.x + plot.width} y2={plot.y + plot.height} stroke="#000000" strokeWidth={0.2} />
        <line x1={plot.x} y1={plot.y} x2={plot.x} y2={plot.y + plot.height} stroke="#000000" strokeWidth={0.2} />
        {chart.series.map((s, i) => (
          <g key={`s${i}`}>
            {s.lines.map((line, j) => (
              <polyline key={j} points={line.map(([x, y]) => `${x},${y}`).join(' ')} fill="none" stroke={s.colour} strokeWidth={s.width} strokeDasharray={s.dash.length ? s.dash.join(' ') : undefined} />
            ))}
            {s.points.map(([x, y], j) => <circle key={`p${j}`} cx={x} cy={y} r={0.6} fill={s.colour} />)}
          </g>
        ))}
      </svg>
      <ul className="qa-legend">
        {chart.series.map((s, i) => (
          <li key={i}>
            <svg width="7mm" height="2mm" viewBox="0 0 7 2" aria-hidden="true">
              <line x1={0} y1={1} x2={7} y2={1} stroke={s.colour} strokeWidth={s.width} strokeDasharray={s.dash.length ? s.dash.join(' ') : undefined} />
            </svg>
            <span>{s.name}</span>
          </li>
        ))}
      </ul>
      {chart.note && <p className="qa-muted">{chart.note}</p>}
    </figure>
  );
}
