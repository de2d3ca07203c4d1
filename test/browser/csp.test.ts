import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distDir } from './chromium';
import { READY_TIMEOUT, openJourney, type Journey } from './journey';

const distIndex = () => readFileSync(join(distDir(), 'index.html'), 'utf8');

function cspMeta(html: string): string | null {
  const tag = /<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*>/i.exec(html)?.[0];
  if (!tag) return null;
  const raw = /\bcontent=(["'])([\s\S]*?)\1/i.exec(tag)?.[2];
  return raw === undefined ? null : decodeEntities(raw);
}

/** Attribute values in built HTML may be entity-encoded (`&#39;` for `'`). */
function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replaceAll('&quot;', '"')
    .replaceAll('&apos;', "'")
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&amp;', '&');
}

const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `) || d === name) ?? null;

describe('Content-Security-Policy of the production build', () => {
  it('dist/index.html carries a strict CSP meta tag', () => {
    const policy = cspMeta(distIndex());
    expect(policy, 'CSP <meta http-equiv> in dist/index.html').not.toBeNull();
    const scriptSrc = directive(policy!, 'script-src');
    expect(scriptSrc).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    expect(scriptSrc).not.toMatch(/https?:|\*/);
    expect(directive(policy!, 'default-src') ?? '', 'default-src limits everything else').toContain("'self'");
    expect(distIndex()).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // no inline script body
  });

  describe('served WITHOUT wasm-unsafe-eval (a stricter server policy)', () => {
    let j: Journey;
    let rewrittenMeta = false;
    beforeAll(async () => {
      j = await openJourney();
      const origin = new URL(j.baseUrl).origin;
      const strict = cspMeta(distIndex())!.replaceAll("'wasm-unsafe-eval'", '').replace(/\s+/g, ' ');
      // Deliver the policy as a header on every response (workers get their own policy from it) and in
      // index.html's meta tag.
      await j.context.route(
        (url) => url.origin === origin,
        async (route) => {
          const response = await route.fetch();
          let body = await response.body();
          const type = response.headers()['content-type'] ?? '';
          if (type.includes('text/html')) {
            const html = body.toString('utf8');
            const stripped = html.replace(/(<meta\b[^>]*http-equiv=["']Content-Security-Policy["'][^>]*\bcontent=)(["'])[\s\S]*?\2/i, (_m, head: string) => `${head}"${strict.replaceAll('"', '&quot;')}"`);
            if (stripped !== html) rewrittenMeta = true;
            body = Buffer.from(stripped);
          }
          await route.fulfill({ response, body, headers: { ...response.headers(), 'content-security-policy': strict } });
        },
      );
    });
    afterAll(async () => {
      await j?.close();
    });

    it('shows a start-up error message instead of a blank page', async () => {
      const { page } = j;
      await page.goto(`${j.baseUrl}/`, { waitUntil: 'domcontentloaded' });
      expect(rewrittenMeta, 'the CSP meta tag of index.html was replaced').toBe(true);
      const error = page.locator('[data-testid=startup-error]');
      await error.waitFor({ state: 'visible', timeout: READY_TIMEOUT });
      const text = (await error.innerText()).trim();
      expect(text.length, `start-up error explains itself: "${text}"`).toBeGreaterThan(20);
      expect(await page.locator('[data-testid=app][data-ready=true]').count()).toBe(0);
    });
  });
});
