import { describe, expect, it } from 'vitest';
import { fillTemplate, translator } from './messages';

describe('message templates', () => {
  it('fills every placeholder with its value as text and leaves unknown names as written', () => {
    expect(fillTemplate('{n} von {total} Gebieten, {missing}', { n: 3, total: '996' })).toBe('3 von 996 Gebieten, {missing}');
    expect(fillTemplate('<b>{name}</b>', { name: '<img src=x>' })).toBe('<b><img src=x></b>');
  });

  it('does not take values from the object prototype', () => {
    expect(fillTemplate('{constructor} {toString}', {})).toBe('{constructor} {toString}');
  });

  it('looks up the language and key', () => {
    const t = translator({ de: { hello: 'Hallo {who}' }, en: { hello: 'Hello {who}' } });
    expect(t('de', 'hello', { who: 'Welt' })).toBe('Hallo Welt');
    expect(t('en', 'hello', { who: 'world' })).toBe('Hello world');
  });
});
