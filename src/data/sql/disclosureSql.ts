/**
 * SQL that feeds the disclosure engine (data/disclosed.ts): fixed text, values only through `?` parameters.
 */
const COLUMNS =
  'o.area_key, o.indicator, o.period, o.value, o.status, o.numerator, o.denominator, a.level, a.parent_key';

/** One (indicator, period) slice over all levels plus the period's population. Params: indicator, population indicator, period. */
export function disclosureSliceSql(): string {
  return (
    `SELECT ${COLUMNS} FROM observations o JOIN areas a ON a.key = o.area_key ` +
    'WHERE o.indicator IN (?, ?) AND o.period = ? ORDER BY o.indicator, o.area_key'
  );
}

/** Every observation with its area's level and parent. */
export function disclosureTableSql(): string {
  return `SELECT ${COLUMNS} FROM observations o JOIN areas a ON a.key = o.area_key ORDER BY o.indicator, o.period, o.area_key`;
}

/**
 * Count and order-independent checksums of the observations and of the area tree (cache key of the
 * disclosed table). Hashes are reduced modulo a prime so that their sum stays exact in a DOUBLE.
 */
export function disclosureFingerprintSql(): string {
  return (
    'SELECT (SELECT count(*) FROM observations) AS n, ' +
    '(SELECT sum(hash(area_key, indicator, period, value, status, numerator, denominator) % 1000000007) FROM observations) AS h, ' +
    '(SELECT sum(hash(key, level, parent_key) % 1000000007) FROM areas) AS ha'
  );
}
