import { describe, expect, it } from 'vitest';
import { crsFromMember, crsFromName, guessCrsFromBBox, toWgs84 } from './crs';

describe('CRS names and members', () => {
  it('reads the usual spellings of the legacy crs member', () => {
    expect(crsFromName('urn:ogc:def:crs:EPSG::25832')).toBe('EPSG:25832');
    expect(crsFromName('EPSG:31467')).toBe('EPSG:31467');
    expect(crsFromName('urn:ogc:def:crs:OGC:1.3:CRS84')).toBe('EPSG:4326');
    expect(crsFromName('urn:ogc:def:crs:EPSG:6.6:3857')).toBe('EPSG:3857');
    expect(crsFromName('something else')).toBeNull();
    expect(crsFromMember({ type: 'name', properties: { name: 'EPSG:25833' } })).toBe('EPSG:25833');
    expect(crsFromMember({ type: 'EPSG', properties: { code: 31467 } })).toBe('EPSG:31467');
    expect(crsFromMember('EPSG:25832')).toBeNull();
  });
});

describe('CRS from coordinate ranges (Germany)', () => {
  const box = (minX: number, minY: number, maxX: number, maxY: number) => guessCrsFromBBox({ minX, minY, maxX, maxY });
  it('tells the systems apart', () => {
    expect(box(6.6, 51.3, 11.6, 53.9)).toEqual({ candidates: ['EPSG:4326'], swapped: false });
    expect(box(51.3, 6.6, 53.9, 11.6)).toEqual({ candidates: ['EPSG:4326'], swapped: true });
    expect(box(350_000, 5_700_000, 650_000, 5_950_000).candidates).toEqual(['EPSG:25832', 'EPSG:25833']);
    expect(box(100_000, 5_700_000, 400_000, 5_950_000).candidates).toEqual(['EPSG:25833']);
    expect(box(870_000, 5_700_000, 950_000, 5_950_000).candidates).toEqual(['EPSG:25832']);
    expect(box(3_350_000, 5_700_000, 3_650_000, 5_950_000).candidates).toEqual(['EPSG:31467']);
    expect(box(780_000, 6_670_000, 1_290_000, 7_150_000).candidates).toEqual(['EPSG:3857']);
    expect(box(32_350_000, 5_700_000, 32_650_000, 5_950_000).candidates).toEqual(['EPSG:4647']);
    expect(box(1e9, 1e9, 2e9, 2e9).candidates).toEqual([]);
  });
  it('converts reference points exactly where the definitions are exact', () => {
    expect(toWgs84('EPSG:25832')!([500_000, 0])).toEqual([9, 0]);
    const [lon, lat] = toWgs84('EPSG:3035')!([4_321_000, 3_210_000]);
    expect(lon).toBeCloseTo(10, 9);
    expect(lat).toBeCloseTo(52, 9);
    expect(toWgs84('EPSG:99999')).toBeNull();
  });
});
