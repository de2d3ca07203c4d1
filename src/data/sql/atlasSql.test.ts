import { describe, expect, it } from 'vitest';
import {
  areaChainSql, areaSql, areasSql, boundariesSql, datasetsSql, indicatorsSql, levelFiguresSql, levelsSql,
  observationsOfAreasSql, periodsSql, placeholders, programmeAreasSql, projectsSql, ranksSql,
} from './atlasSql';

describe('AtlasData SQL builders (exact text, values only as ?)', () => {
  it('placeholders', () => {
    expect(placeholders(1)).toBe('?');
    expect(placeholders(3)).toBe('?, ?, ?');
    expect(() => placeholders(0)).toThrow();
    expect(() => placeholders(1.5)).toThrow();
  });

  it('simple selects', () => {
    expect(indicatorsSql()).toBe(
      'SELECT id, label_de, label_en, unit, polarity, numerator, denominator, scale, definition_de, definition_en, ' +
        'reference_date, source, licence, attribution, synthetic FROM indicators ORDER BY id',
    );
    expect(periodsSql()).toBe('SELECT DISTINCT period FROM observations WHERE indicator = ? ORDER BY period');
    expect(levelsSql()).toBe('SELECT DISTINCT level FROM areas');
    expect(areasSql()).toBe('SELECT key, level, name, parent_key, vintage, area_km2, synthetic FROM areas WHERE level = ? ORDER BY key');
    expect(areaSql()).toBe('SELECT key, level, name, parent_key, vintage, area_km2, synthetic FROM areas WHERE key = ?');
    expect(boundariesSql()).toBe(
      'SELECT key, name, level, parent_key, synthetic, geometry FROM areas WHERE level = ? AND geometry IS NOT NULL ORDER BY key',
    );
    expect(programmeAreasSql()).toBe('SELECT id, name, programme, start_year, area_key, geometry, synthetic FROM programme_areas ORDER BY id');
    expect(projectsSql()).toBe('SELECT id, name, type, founded_year, lon, lat, area_key, synthetic FROM projects ORDER BY id');
    expect(datasetsSql()).toBe(
      'SELECT id, name, file_name, file_hash, table_code, title, reference_date, source, licence, attribution, ' +
        'synthetic, CAST(imported_at AS VARCHAR) AS imported_at FROM datasets ORDER BY imported_at, id',
    );
  });

  it('level figures join areas by key and filter indicator, period, level', () => {
    expect(levelFiguresSql()).toBe(
      'SELECT o.area_key, o.value, o.status, o.numerator, o.denominator FROM observations o ' +
        'JOIN areas a ON a.key = o.area_key WHERE o.indicator = ? AND o.period = ? AND a.level = ? ORDER BY o.area_key',
    );
  });

  it('area chain is a depth-capped recursive CTE', () => {
    expect(areaChainSql()).toBe(
      'WITH RECURSIVE chain(key, depth) AS (SELECT key, 0 FROM areas WHERE key = ? ' +
        'UNION ALL SELECT a.parent_key, c.depth + 1 FROM chain c JOIN areas a ON a.key = c.key ' +
        'WHERE a.parent_key IS NOT NULL AND c.depth < 16) ' +
        'SELECT a.key, a.level, a.name, a.parent_key, a.vintage, a.area_km2, a.synthetic, a.geometry, c.depth ' +
        'FROM chain c JOIN areas a ON a.key = c.key ORDER BY c.depth',
    );
  });

  it('ranks use a window function within the level', () => {
    expect(ranksSql()).toBe(
      'WITH level_obs AS (SELECT o.area_key, o.indicator, o.value FROM observations o JOIN areas a ON a.key = o.area_key ' +
        'WHERE a.level = ? AND o.period = ?), ' +
        'ranked AS (SELECT area_key, indicator, CASE WHEN value IS NULL THEN NULL ELSE ' +
        'rank() OVER (PARTITION BY indicator ORDER BY value DESC NULLS LAST) END AS rank, ' +
        'count(value) OVER (PARTITION BY indicator) AS rank_of FROM level_obs) ' +
        'SELECT indicator, rank_of, max(rank) FILTER (WHERE area_key = ?) AS rank FROM ranked GROUP BY indicator, rank_of',
    );
  });

  it('observations of n areas', () => {
    expect(observationsOfAreasSql(2)).toBe(
      'SELECT area_key, indicator, period, value, status, numerator, denominator FROM observations ' +
        'WHERE area_key IN (?, ?) ORDER BY indicator, period, area_key',
    );
  });
});
