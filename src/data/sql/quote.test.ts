import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { quoteIdent, quoteLiteral } from './quote';

describe('quoteIdent', () => {
  it('wraps in double quotes and doubles embedded quotes', () => {
    expect(quoteIdent('area_key')).toBe('"area_key"');
    expect(quoteIdent('x" from t; DROP TABLE t; --')).toBe('"x"" from t; DROP TABLE t; --"');
    expect(quoteIdent('__proto__')).toBe('"__proto__"');
    expect(quoteIdent('Straße ä')).toBe('"Straße ä"');
  });

  it('rejects empty names and control characters with a bilingual message', () => {
    expect(() => quoteIdent('')).toThrow(/Empty SQL identifier/);
    expect(() => quoteIdent('a\u0000b')).toThrow(/Steuerzeichen \(U\+0000\) an Position 2.*control character/);
    expect(() => quoteIdent('a\nb')).toThrow(/U\+000a/);
    expect(() => quoteIdent('tab\there')).toThrow(/control character/);
    expect(() => quoteIdent('del\u007f')).toThrow(/U\+007f/);
  });

  it('always yields one quoted token whose inner text unescapes to the name', () => {
    fc.assert(
      fc.property(fc.string({ minLength: 1 }).filter((s) => !/[\u0000-\u001f\u007f]/.test(s)), (name) => {
        const quoted = quoteIdent(name);
        expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
        const inner = quoted.slice(1, -1);
        // no lone quote inside: every " is part of a "" pair
        expect(inner.replace(/""/g, '')).not.toContain('"');
        expect(inner.replace(/""/g, '"')).toBe(name);
      }),
    );
  });
});

describe('quoteLiteral', () => {
  it('doubles single quotes and rejects NUL', () => {
    expect(quoteLiteral("qa_import_1.csv")).toBe("'qa_import_1.csv'");
    expect(quoteLiteral("it's")).toBe("'it''s'");
    expect(() => quoteLiteral('a\u0000')).toThrow(/NUL/);
  });
});
