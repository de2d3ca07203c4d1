import { readdirSync, readFileSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * The dependency rule of ARCHITECTURE.md, checked on the real source:
 *   app, cli → ui → map, charts, report → analysis, data → core
 * Imports point downward or sideways within a layer (data may use analysis' pure helpers, analysis
 * must not touch data; app and cli are separate composition roots). Heavy or dangerous packages have
 * exactly one door. Type-only imports count for the layer rule but not for the package rule (they are
 * erased at build time and load no code).
 */

interface SourceFile {
  /** Path relative to the repository root, with `/`, e.g. `src/ui/App.tsx` */
  path: string;
  text: string;
}
interface ImportRef {
  specifier: string;
  typeOnly: boolean;
  line: number;
}
export interface Violation {
  file: string;
  line: number;
  message: string;
}

const LAYER_RANK: Record<string, number> = {
  core: 0,
  analysis: 1,
  data: 1,
  map: 2,
  charts: 2,
  report: 2,
  ui: 3,
  app: 4,
  cli: 4,
};
/** Sideways imports within a rank that are NOT allowed (from → to). */
const FORBIDDEN_SIDEWAYS = new Set(['analysis→data', 'app→cli', 'cli→app']);

const UI_ONLY_PACKAGES = ['react', 'react-dom', 'recharts', 'maplibre-gl', '@deck.gl/'];

function packageOf(specifier: string): string {
  const bare = specifier.split('?')[0];
  const parts = bare.split('/');
  return bare.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function parseImports(file: SourceFile): ImportRef[] {
  const kind = file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
  const refs: ImportRef[] = [];
  const add = (lit: ts.Node, typeOnly: boolean) => {
    if (!ts.isStringLiteralLike(lit)) return;
    const line = sf.getLineAndCharacterOfPosition(lit.getStart()).line + 1;
    refs.push({ specifier: lit.text, typeOnly, line });
  };
  const visit = (node: ts.Node) => {
    if (ts.isImportDeclaration(node)) {
      const clause = node.importClause;
      let typeOnly = clause?.isTypeOnly ?? false;
      if (clause && !typeOnly && !clause.name && clause.namedBindings && ts.isNamedImports(clause.namedBindings)) {
        const els = clause.namedBindings.elements;
        typeOnly = els.length > 0 && els.every((e) => e.isTypeOnly);
      }
      add(node.moduleSpecifier, typeOnly);
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier) {
      add(node.moduleSpecifier, node.isTypeOnly);
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, node.isTypeOnly);
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, true);
    } else if (ts.isCallExpression(node) && node.arguments.length > 0) {
      const callee = node.expression;
      const isDynamicImport = callee.kind === ts.SyntaxKind.ImportKeyword;
      const isRequire = ts.isIdentifier(callee) && callee.text === 'require';
      if (isDynamicImport || isRequire) add(node.arguments[0], false);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return refs;
}

function layerOf(path: string): string | null {
  const m = /^src\/([^/]+)\//.exec(path);
  return m ? m[1] : null;
}

/** Every dependency-rule violation in the given files (paths relative to the repo root). */
export function checkDependencyRule(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const file of files) {
    if (file.path.endsWith('.d.ts')) continue;
    const fromLayer = layerOf(file.path);
    const isTest = /\.test\.tsx?$/.test(file.path);
    if (!fromLayer || !(fromLayer in LAYER_RANK)) {
      out.push({ file: file.path, line: 1, message: `file is in no known layer (${Object.keys(LAYER_RANK).join(', ')})` });
      continue;
    }
    for (const ref of parseImports(file)) {
      const spec = ref.specifier;
      const v = (message: string) => out.push({ file: file.path, line: ref.line, message: `${message}: '${spec}'` });
      if (spec.startsWith('.')) {
        const target = posix.normalize(posix.join(posix.dirname(file.path), spec.split('?')[0]));
        const toLayer = layerOf(target);
        if (target.startsWith('test/') || target.startsWith('scripts/')) {
          if (!isTest) v('source imports test or script code');
          continue;
        }
        if (!target.startsWith('src/')) continue; // e.g. a data file at the repository root
        if (!toLayer || !(toLayer in LAYER_RANK)) {
          v('import into no known layer');
          continue;
        }
        if (toLayer === fromLayer) continue;
        const up = LAYER_RANK[toLayer] > LAYER_RANK[fromLayer];
        if (up) v(`upward import ${fromLayer} → ${toLayer}`);
        else if (FORBIDDEN_SIDEWAYS.has(`${fromLayer}→${toLayer}`)) v(`forbidden sideways import ${fromLayer} → ${toLayer}`);
        continue;
      }
      if (/^(src\/|@\/|~\/|#)/.test(spec)) {
        v('path alias or absolute import (relative imports only)');
        continue;
      }
      if (ref.typeOnly || isTest) continue;
      const pkg = packageOf(spec);
      if (spec.split('?')[0] === '@duckdb/duckdb-wasm/blocking') {
        if (file.path !== 'src/data/engine/duckdbNode.ts') v('only src/data/engine/duckdbNode.ts may import');
      } else if (pkg === '@duckdb/duckdb-wasm') {
        if (file.path !== 'src/data/engine/duckdbBrowser.ts') v('only src/data/engine/duckdbBrowser.ts may import');
      } else if (pkg === 'papaparse') {
        if (file.path !== 'src/data/import/csvParse.ts') v('only src/data/import/csvParse.ts may import');
      } else if (UI_ONLY_PACKAGES.some((p) => (p.endsWith('/') ? pkg.startsWith(p) : pkg === p))) {
        if (fromLayer !== 'ui' && fromLayer !== 'app') v('only src/ui and src/app may import');
      }
    }
  }
  return out;
}

const CDN_HOSTS = ['jsdelivr', 'unpkg', 'googleapis', 'extensions.duckdb.org', 'cdnjs', 'esm.sh', 'skypack'];

/** HTML sinks and CDN references in shipped (non-test) code; comments are ignored. */
export function checkUnsafeSource(files: readonly SourceFile[]): Violation[] {
  const out: Violation[] = [];
  for (const file of files) {
    if (/\.test\.tsx?$/.test(file.path) || file.path.endsWith('.d.ts')) continue;
    const kind = file.path.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
    const sf = ts.createSourceFile(file.path, file.text, ts.ScriptTarget.Latest, true, kind);
    const v = (node: ts.Node, message: string) =>
      out.push({ file: file.path, line: sf.getLineAndCharacterOfPosition(node.getStart()).line + 1, message });
    const visit = (node: ts.Node) => {
      if (ts.isIdentifier(node) || ts.isPrivateIdentifier(node)) {
        const name = node.text;
        if (name === 'dangerouslySetInnerHTML' || name === 'setHTML' || name === 'setHTMLUnsafe' || name === 'insertAdjacentHTML')
          v(node, `HTML sink ${name}`);
        if (name === 'getJsDelivrBundles') v(node, 'CDN bundle loader getJsDelivrBundles');
        if ((name === 'innerHTML' || name === 'outerHTML') && ts.isPropertyAccessExpression(node.parent)) {
          const access = node.parent;
          const parent = access.parent;
          if (parent && ts.isBinaryExpression(parent) && parent.left === access && parent.operatorToken.kind === ts.SyntaxKind.EqualsToken)
            v(node, `HTML sink ${name} =`);
        }
      } else if (ts.isStringLiteralLike(node) || ts.isTemplateHead(node) || ts.isTemplateMiddle(node) || ts.isTemplateTail(node)) {
        const text = node.text.toLowerCase();
        for (const host of CDN_HOSTS) if (text.includes(host)) v(node, `CDN host '${host}' in a string`);
      }
      ts.forEachChild(node, visit);
    };
    visit(sf);
  }
  return out;
}

function listSources(dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, entry.name);
    if (entry.isDirectory()) files.push(...listSources(full));
    else if (/\.(ts|tsx|mts)$/.test(entry.name)) files.push(full);
  }
  return files;
}

const ROOT = join(import.meta.dirname, '..');
function loadSrc(): SourceFile[] {
  return listSources(join(ROOT, 'src')).map((full) => ({
    path: relative(ROOT, full).split(sep).join('/'),
    text: readFileSync(full, 'utf8'),
  }));
}
const format = (vs: Violation[]) => vs.map((x) => `  ${x.file}:${x.line}  ${x.message}`).join('\n');

describe('dependency rule (ARCHITECTURE.md) on src/', () => {
  const files = loadSrc();

  it('finds the source files', () => {
    expect(files.length).toBeGreaterThan(5);
    expect(files.some((f) => f.path === 'src/core/types.ts')).toBe(true);
  });

  it('has no upward imports and every heavy package enters through its one door', () => {
    const violations = checkDependencyRule(files);
    expect(violations, `dependency rule violations:\n${format(violations)}`).toEqual([]);
  });

  it('has no HTML sinks and no CDN references in shipped code', () => {
    const violations = checkUnsafeSource(files);
    expect(violations, `unsafe source:\n${format(violations)}`).toEqual([]);
  });
});

describe('the checker itself catches violations (so it cannot pass silently)', () => {
  const fake = (path: string, text: string): SourceFile => ({ path, text });

  it('flags upward and forbidden sideways imports, including type-only and dynamic ones', () => {
    const vs = checkDependencyRule([
      fake('src/core/a.ts', "import { x } from '../ui/widget';"),
      fake('src/analysis/b.ts', "import type { T } from '../data/atlas';"),
      fake('src/data/c.ts', "export { y } from '../map/layers';"),
      fake('src/map/d.ts', "const m = await import('../ui/x');"),
      fake('src/cli/e.ts', "import '../app/main';"),
      fake('src/charts/f.ts', "type Q = typeof import('../app/state');"),
    ]);
    expect(vs.map((v) => `${v.file}:${v.line}`)).toEqual([
      'src/core/a.ts:1',
      'src/analysis/b.ts:1',
      'src/data/c.ts:1',
      'src/map/d.ts:1',
      'src/cli/e.ts:1',
      'src/charts/f.ts:1',
    ]);
  });

  it('allows downward and sideways imports', () => {
    const vs = checkDependencyRule([
      fake('src/ui/a.tsx', "import React from 'react';\nimport { b } from '../map/b';\nimport { c } from '../core/types';"),
      fake('src/data/b.ts', "import { classify } from '../analysis/classify/jenks';"),
      fake('src/report/c.ts', "import { series } from '../charts/series';"),
      fake('src/map/d.ts', "import type { Layer } from '@deck.gl/core';\nimport { x } from './e';"),
      fake('src/cli/e.ts', "import { openNodeConnector } from '../data/engine/duckdbNode';"),
      fake('src/data/engine/duckdbBrowser.ts', "import * as duckdb from '@duckdb/duckdb-wasm';\nimport u from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';"),
      fake('src/data/engine/duckdbNode.ts', "const d = require('@duckdb/duckdb-wasm/blocking');"),
      fake('src/data/import/csvParse.ts', "import Papa from 'papaparse';"),
      fake('src/app/main.tsx', "import { createRoot } from 'react-dom/client';\n// import x from '../cli/y'"),
    ]);
    expect(vs, format(vs)).toEqual([]);
  });

  it('flags packages outside their one door', () => {
    const vs = checkDependencyRule([
      fake('src/data/x.ts', "import * as duckdb from '@duckdb/duckdb-wasm';"),
      fake('src/data/engine/duckdbBrowser.ts', "import * as b from '@duckdb/duckdb-wasm/blocking';"),
      fake('src/data/import/other.ts', "import Papa from 'papaparse';"),
      fake('src/map/layers.ts', "import { GeoJsonLayer } from '@deck.gl/layers';"),
      fake('src/report/r.ts', "import { useState } from 'react';"),
      fake('src/charts/c.ts', "const r = await import('recharts');"),
      fake('src/map/m.ts', "import { Map } from 'maplibre-gl';"),
      fake('src/core/k.ts', "import u from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';"),
    ]);
    expect(vs.map((v) => v.file)).toEqual([
      'src/data/x.ts',
      'src/data/engine/duckdbBrowser.ts',
      'src/data/import/other.ts',
      'src/map/layers.ts',
      'src/report/r.ts',
      'src/charts/c.ts',
      'src/map/m.ts',
      'src/core/k.ts',
    ]);
  });

  it('flags path aliases, files in no layer and source importing tests', () => {
    const vs = checkDependencyRule([
      fake('src/core/a.ts', "import { b } from 'src/data/b';"),
      fake('src/misc/x.ts', "export const x = 1;"),
      fake('src/core/c.ts', "import { f } from '../../test/fixtures/f';"),
    ]);
    expect(vs.map((v) => v.file)).toEqual(['src/core/a.ts', 'src/misc/x.ts', 'src/core/c.ts']);
  });

  it('flags HTML sinks and CDN hosts but not comments', () => {
    const vs = checkUnsafeSource([
      fake('src/ui/a.tsx', 'export const A = () => <div dangerouslySetInnerHTML={{ __html: s }} />;'),
      fake('src/ui/b.ts', 'el.innerHTML = name;'),
      fake('src/ui/c.ts', 'popup.setHTML(name);'),
      fake('src/data/engine/d.ts', "const b = duckdb.getJsDelivrBundles();"),
      fake('src/ui/e.ts', "const u = `https://unpkg.com/${p}`;"),
      fake('src/ui/f.ts', "// never use jsdelivr or el.innerHTML = x\nconst t = el.innerHTML;\nel.textContent = s;"),
    ]);
    expect(vs.map((v) => v.file)).toEqual(['src/ui/a.tsx', 'src/ui/b.ts', 'src/ui/c.ts', 'src/data/engine/d.ts', 'src/ui/e.ts']);
  });
});
