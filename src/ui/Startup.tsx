import { useCallback, useEffect, useState } from 'react';
import type { DisclosureRules } from '../analysis/disclosure/rules';
import type { AtlasData } from '../data/atlas';
import type { WorkspaceController } from '../data/workspace/workspace';
import type { Language } from '../core/types';
import { App } from './App';
import { MESSAGES, t, type MessageKey } from './i18n';
import { loadMeta, type AtlasMeta } from './meta';
import { forgetBoundaries } from './map/boundaryCache';

/** A start-up step and its progress text. */
export interface StartupProgress {
  step: MessageKey;
  vars?: Record<string, string | number>;
}

/** The user's saved workspace comes with the atlas when the composition root offers one. */
export interface StartedAtlas {
  atlas: AtlasData;
  workspace: WorkspaceController;
  /** The same data under other disclosure rules (e.g. the user's choice of rounding). */
  withDisclosure?: (rules: Partial<DisclosureRules>) => AtlasData;
}

export type StartAtlas = (report: (progress: StartupProgress) => void) => Promise<AtlasData | StartedAtlas>;

type Phase =
  | { kind: 'loading'; progress: StartupProgress }
  | { kind: 'ready'; atlas: AtlasData; meta: AtlasMeta; workspace?: WorkspaceController; withDisclosure?: StartedAtlas['withDisclosure'] }
  | { kind: 'error'; message: string };

function initialLang(): Language {
  return new URLSearchParams(window.location.search).get('lang') === 'en' ? 'en' : 'de';
}

let started: Promise<{ atlas: AtlasData; meta: AtlasMeta; workspace?: WorkspaceController; withDisclosure?: StartedAtlas['withDisclosure'] }> | null = null;

/**
 * Runs the start-up (database, demo import, metadata) once — also under StrictMode's double
 * effects — showing progress, and a bilingual message instead of a blank page when it fails.
 */
export function Startup({ start }: { start: StartAtlas }) {
  const [phase, setPhase] = useState<Phase>({ kind: 'loading', progress: { step: 'loadingEngine' } });
  useEffect(() => {
    let live = true;
    const report = (progress: StartupProgress) => live && setPhase({ kind: 'loading', progress });
    started ??= start(report).then(async (result) => {
      const { atlas, workspace, withDisclosure } = 'atlas' in result ? result : { atlas: result, workspace: undefined, withDisclosure: undefined };
      report({ step: 'loadingMeta' });
      return { atlas, meta: await loadMeta(atlas), workspace, withDisclosure };
    });
    started.then(
      ({ atlas, meta, workspace, withDisclosure }) => live && setPhase({ kind: 'ready', atlas, meta, workspace, withDisclosure }),
      (error: unknown) => {
        console.error(error);
        if (live) setPhase({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
      },
    );
    return () => {
      live = false;
    };
  }, [start]);

  // After an import, rename or removal: the indicator choices and areas are read again.
  const atlasOf = phase.kind === 'ready' ? phase.atlas : null;
  const refreshMeta = useCallback(async () => {
    if (!atlasOf) return;
    forgetBoundaries(atlasOf);
    const meta = await loadMeta(atlasOf);
    setPhase((p) => (p.kind === 'ready' ? { ...p, meta } : p));
  }, [atlasOf]);

  // The user's choice of rounding: the same data behind a facade with that rule (every view re-reads).
  const canRound = phase.kind === 'ready' && phase.withDisclosure !== undefined;
  const onRounding = useCallback((rounding: number | null) => {
    setPhase((p) => (p.kind === 'ready' && p.withDisclosure ? { ...p, atlas: p.withDisclosure({ rounding }) } : p));
  }, []);

  if (phase.kind === 'ready') {
    return <App atlas={phase.atlas} meta={phase.meta} workspace={phase.workspace} onWorkspaceChange={refreshMeta} onRounding={canRound ? onRounding : undefined} />;
  }
  const lang = initialLang();
  if (phase.kind === 'error') return <StartupError message={phase.message} lang={lang} />;
  return (
    <div data-testid="app" className="app app-boot" data-ready="false">
      <h1 className="boot-title">{t(lang, 'appName')}</h1>
      <p data-testid="loading" role="status" aria-live="polite">
        {t(lang, phase.progress.step, phase.progress.vars)}
      </p>
      <p className="demo-badge" data-testid="demo-badge">{t(lang, 'demoBadge')}</p>
    </div>
  );
}

export function StartupError({ message, lang }: { message: string; lang: Language }) {
  const other: Language = lang === 'de' ? 'en' : 'de';
  return (
    <div data-testid="app" className="app app-boot" data-ready="false">
      <div data-testid="startup-error" role="alert" className="startup-error">
        <h1>{MESSAGES[lang].startupErrorTitle}</h1>
        <p>{MESSAGES[lang].startupErrorHint}</p>
        <h2 lang={other}>{MESSAGES[other].startupErrorTitle}</h2>
        <p lang={other}>{MESSAGES[other].startupErrorHint}</p>
        <details>
          <summary>{MESSAGES[lang].startupErrorDetail} / {MESSAGES[other].startupErrorDetail}</summary>
          <pre>{message}</pre>
        </details>
      </div>
    </div>
  );
}
