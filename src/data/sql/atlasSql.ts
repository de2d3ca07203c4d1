/**
 * SQL of the AtlasData queries: fixed text, values only through `?` parameters.
 * Tested as exact strings (sql/atlasSql.test.ts). Portable SQL where it costs nothing.
 */
const AREA_COLUMNS = 'key, level, name, parent_key, vintage, area_km2, synthetic';
const FIGURE_COLUMNS = 'value, status, numerator, denominator';

/** `?, ?, ?` for `n` values (at least one). */
export function placeholders(n: number): string {
  if (!Number.isInteger(n) || n < 1) throw new Error(`placeholders: need at least one, got ${n}`);
  return Array.from({ length: n }, () => '?').join(', ');
}

export function indicatorsSql(): string {
  return (
    'SELECT id, label_de, label_en, unit, polarity, numerator, denominator, scale, definition_de, definition_en, ' +
    'reference_date, source, licence, attribution, synthetic FROM indicators ORDER BY id'
  );
}

/** Params: indicator. */
export function periodsSql(): string {
  return 'SELECT DISTINCT period FROM observations WHERE indicator = ? ORDER BY period';
}

export function levelsSql(): string {
  return 'SELECT DISTINCT level FROM areas';
}

/** Params: level. */
export function areasSql(): string {
  return `SELECT ${AREA_COLUMNS} FROM areas WHERE level = ? ORDER BY key`;
}

/** Params: key. */
export function areaSql(): string {
  return `SELECT ${AREA_COLUMNS} FROM areas WHERE key = ?`;
}

/** Params: level. */
export function boundariesSql(): string {
  return 'SELECT key, name, level, parent_key, synthetic, geometry FROM areas WHERE level = ? AND geometry IS NOT NULL ORDER BY key';
}

/** Params: indicator, period, level. */
export function levelFiguresSql(): string {
  return (
    'SELECT o.area_key, o.value, o.status, o.numerator, o.denominator FROM observations o ' +
    'JOIN areas a ON a.key = o.area_key WHERE o.indicator = ? AND o.period = ? AND a.level = ? ORDER BY o.area_key'
  );
}

/**
 * The area (depth 0) and its ancestors up to the top (depth 1, 2, …), with geometry.
 * Params: key. Depth is capped at 16 so that a cycle in parent keys cannot loop forever.
 */
export function areaChainSql(): string {
  return (
    'WITH RECURSIVE chain(key, depth) AS (SELECT key, 0 FROM areas WHERE key = ? ' +
    'UNION ALL SELECT a.parent_key, c.depth + 1 FROM chain c JOIN areas a ON a.key = c.key ' +
    'WHERE a.parent_key IS NOT NULL AND c.depth < 16) ' +
    `SELECT ${AREA_COLUMNS.split(', ').map((c) => `a.${c}`).join(', ')}, a.geometry, c.depth ` +
    'FROM chain c JOIN areas a ON a.key = c.key ORDER BY c.depth'
  );
}

/**
 * Rank of one area among the areas of its level, per indicator, for one period (1 = highest value),
 * and how many areas of the level have a value. Params: level, period, area key.
 */
export function ranksSql(): string {
  return (
    'WITH level_obs AS (SELECT o.area_key, o.indicator, o.value FROM observations o JOIN areas a ON a.key = o.area_key ' +
    'WHERE a.level = ? AND o.period = ?), ' +
    'ranked AS (SELECT area_key, indicator, CASE WHEN value IS NULL THEN NULL ELSE ' +
    'rank() OVER (PARTITION BY indicator ORDER BY value DESC NULLS LAST) END AS rank, ' +
    'count(value) OVER (PARTITION BY indicator) AS rank_of FROM level_obs) ' +
    'SELECT indicator, rank_of, max(rank) FILTER (WHERE area_key = ?) AS rank FROM ranked GROUP BY indicator, rank_of'
  );
}

/** Every observation of `n` areas, all indicators and periods. Params: the area keys. */
export function observationsOfAreasSql(n: number): string {
  return (
    `SELECT area_key, indicator, period, ${FIGURE_COLUMNS} FROM observations ` +
    `WHERE area_key IN (${placeholders(n)}) ORDER BY indicator, period, area_key`
  );
}

export function programmeAreasSql(): string {
  return 'SELECT id, name, programme, start_year, area_key, geometry, synthetic FROM programme_areas ORDER BY id';
}

export function projectsSql(): string {
  return 'SELECT id, name, type, founded_year, lon, lat, area_key, synthetic FROM projects ORDER BY id';
}

export function datasetsSql(): string {
  return (
    'SELECT id, name, file_name, file_hash, table_code, title, reference_date, source, licence, attribution, ' +
    'synthetic, CAST(imported_at AS VARCHAR) AS imported_at FROM datasets ORDER BY imported_at, id'
  );
}
