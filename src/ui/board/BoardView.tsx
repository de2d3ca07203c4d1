import { useCallback, useEffect, useRef, useState } from 'react';
import {
  addStep, editStep, emptyStory, MAX_STORY_BYTES, moveStep, removeStep, renameStory, serialiseStory, stepFromView,
  stepProblems, storyFileName, viewChangeForStep, type Bilingual, type StepVisual, type Story, type StoryStep,
} from '../../core/story';
import type { KnownValues, ViewState } from '../../core/viewState';
import { toggleSelection } from '../../core/viewState';
import type { AtlasData } from '../../data/atlas';
import type { LegendModel } from '../../map/legend';
import { levelPlural } from '../i18n';
import { browserDownload } from '../import/download';
import type { AtlasMeta } from '../meta';
import { BoardEditor } from './BoardEditor';
import { BoardSlide } from './BoardSlide';
import { bt } from './boardText';
import { storyLibrary, useStoryLibrary } from './useStoryLibrary';
import './board.css';

export interface BoardViewProps {
  atlas: AtlasData;
  meta: AtlasMeta;
  known: KnownValues;
  state: ViewState;
  update: (change: Partial<ViewState>) => void;
  /** The legend of what the map shows now (the applied step's map). */
  legend: LegendModel | null;
  /** Tells the app whether the map is part of the slide (map steps) or covered (chart steps). */
  onMapShown: (shown: boolean) => void;
}

/** The view fields of a state or step, to tell an applied step from the user's own choice. */
function viewSignature(v: Pick<ViewState, 'level' | 'indicator' | 'year' | 'area' | 'class' | 'k'> & { breaks?: readonly number[] | null; sel?: readonly string[] }): string {
  return JSON.stringify([v.level, v.indicator, v.year, v.area, v.class ?? 'quantile', v.k ?? 5, (v.breaks ?? []).join(','), (v.sel ?? []).join(',')]);
}

type Message = { text: string; error: boolean } | null;

/**
 * Board mode: presents the steps of a story (title, comment, the map or a chart, notes and sources)
 * and edits stories in a side panel. Showing a step sets the app's view state (`view=board&story=…&step=…`),
 * so the always-mounted map draws the step's map and a copied link opens the same step.
 */
export function BoardView({ atlas, meta, known, state, update, legend, onMapShown }: BoardViewProps) {
  const lang = state.lang;
  const library = storyLibrary();
  useStoryLibrary(library);
  const loaded = library.loaded();
  const story = state.story ? (library.get(state.story) ?? null) : null;
  const total = story?.steps.length ?? 0;
  const index = Math.max(0, Math.min(state.step ?? 0, total - 1));
  const step: StoryStep | null = story?.steps[index] ?? null;
  const [editing, setEditing] = useState(true);
  const [presenting, setPresenting] = useState(false);
  const [message, setMessage] = useState<Message>(null);
  const [libraryProblem, setLibraryProblem] = useState<Bilingual | null>(null);

  // "The current view": the latest view the user chose (not one produced by showing a step).
  const appliedKey = useRef<string | null>(null);
  const appliedSignature = useRef<string | null>(null);
  const current = useRef(state);
  if (viewSignature(state) !== appliedSignature.current) current.current = state;

  const show = useCallback((s: Story, i: number) => {
    const target = s.steps[i];
    if (!target) return;
    appliedKey.current = `${s.id}|${i}|${viewSignature(target)}`;
    appliedSignature.current = viewSignature(target);
    update(viewChangeForStep(s, i, known));
  }, [update, known]);

  // Opening a link (or returning to the board) shows the step of the URL.
  useEffect(() => {
    if (!story || !step) return;
    if (appliedKey.current === `${story.id}|${index}|${viewSignature(step)}`) return;
    show(story, index);
  }, [story, step, index, show]);

  const mapShown = !step || step.visual === 'map';
  useEffect(() => onMapShown(mapShown), [mapShown, onMapShown]);
  useEffect(() => () => onMapShown(true), [onMapShown]);
  useEffect(() => setLibraryProblem(loaded ? library.problem() : null), [loaded, library]);

  const go = useCallback((delta: number) => {
    if (story && index + delta >= 0 && index + delta < story.steps.length) show(story, index + delta);
  }, [story, index, show]);

  // Arrow keys step through the story (not while typing in a field); Esc ends the presentation.
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const target = e.target as HTMLElement | null;
      if (target && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName))) return;
      if (e.key === 'ArrowRight' || e.key === 'PageDown') (e.preventDefault(), go(1));
      else if (e.key === 'ArrowLeft' || e.key === 'PageUp') (e.preventDefault(), go(-1));
      else if (e.key === 'Escape') setPresenting(false);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [go]);

  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenting(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const present = (on: boolean) => {
    setPresenting(on);
    const root = document.documentElement;
    if (on && root.requestFullscreen && !document.fullscreenElement) root.requestFullscreen().catch(() => undefined);
    if (!on && document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
  };

  const say = (text: Bilingual | null, ok?: string) => setMessage(text ? { text: text[lang], error: true } : ok ? { text: ok, error: false } : null);
  const save = async (next: Story, ok?: string) => say(await library.put(next), ok);
  /** The story as saved last: edits in quick succession build on each other, not on the last render. */
  const latest = () => (story ? (library.get(story.id) ?? story) : null);

  const indicatorLabel = (id: string) => {
    const i = meta.indicatorById.get(id);
    return i ? (lang === 'de' ? i.labelDe : i.labelEn) : id;
  };
  const cur = current.current;
  const currentView = bt(lang, 'current', { indicator: indicatorLabel(cur.indicator), year: cur.year, level: levelPlural(lang, cur.level) });

  const onImport = async (file: File) => {
    const fail = (why: Bilingual) => setMessage({ text: bt(lang, 'storyImportFailed', { file: file.name, why: why[lang] }), error: true });
    if (file.size > MAX_STORY_BYTES) {
      fail({ de: 'Die Datei ist größer als 1 MB.', en: 'The file is larger than 1 MB.' });
      return;
    }
    const outcome = await library.importFile(await file.text(), file.size);
    if (!outcome.ok) return fail(outcome.error);
    const key = outcome.renamedId ? 'storyImportedNewId' : 'storyImported';
    say(outcome.warning, bt(lang, key, { name: outcome.story.name, file: file.name }));
    appliedKey.current = null;
    update({ story: outcome.story.id, step: undefined });
  };

  const editor = story || loaded ? (
    <BoardEditor
      lang={lang}
      stories={library.list()}
      story={story}
      current={index}
      currentView={currentView}
      flagged={(s) => stepProblems(s, known).length > 0}
      message={message ?? (libraryProblem ? { text: libraryProblem[lang], error: true } : null)}
      onChooseStory={(id) => (setMessage(null), update({ story: id ?? undefined, step: undefined }))}
      onNewStory={async () => {
        const created = emptyStory(bt(lang, 'storyNewName'));
        await save(created);
        update({ story: created.id, step: undefined });
      }}
      onRename={(name) => {
        const s = latest();
        if (s && name.trim() !== s.name) void save(renameStory(s, name));
      }}
      onDeleteStory={async () => {
        if (!story) return;
        say(await library.remove(story.id), bt(lang, 'deleted'));
        update({ story: undefined, step: undefined });
      }}
      onExport={() => story && browserDownload(storyFileName(story), serialiseStory(story), 'application/json')}
      onImport={(file) => void onImport(file)}
      onAddStep={async (visual: StepVisual) => {
        const s = latest();
        if (!s) return;
        const added = { ...stepFromView(cur, visual), title: `${indicatorLabel(cur.indicator)} ${cur.year}` };
        const outcome = addStep(s, added);
        if (!outcome.ok) return say(outcome.error);
        await save(outcome.story);
        show(outcome.story, outcome.story.steps.length - 1);
      }}
      onEditStep={(i, change) => {
        const s = latest();
        if (s) void save(editStep(s, i, change));
      }}
      onMove={async (i, delta) => {
        const s = latest();
        if (!s) return;
        const moved = moveStep(s, i, delta);
        await save(moved);
        // The shown step follows its move, so the slide stays the same.
        if (i === index) show(moved, i + delta);
        else if (i + delta === index) show(moved, i);
      }}
      onRemove={async (i) => {
        const s = latest();
        if (!s) return;
        const next = removeStep(s, i);
        await save(next);
        if (next.steps.length > 0) show(next, Math.min(index, next.steps.length - 1));
        else update({ step: undefined });
      }}
      onShow={(i) => story && show(story, i)}
    />
  ) : (
    <p className="board-editor" role="status">{bt(lang, 'loading')}</p>
  );

  return (
    <section className={`board-view${presenting ? ' presenting' : ''}${mapShown ? '' : ' with-chart'}${editing && !presenting ? ' editing' : ''}`}
      data-testid="board-view" aria-label={bt(lang, 'boardLabel')}>
      <BoardSlide
        atlas={atlas}
        meta={meta}
        lang={lang}
        story={story}
        step={step}
        index={index}
        problems={step ? stepProblems(step, known) : []}
        legend={legend}
        presenting={presenting}
        editing={editing}
        loaded={loaded}
        onPrev={() => go(-1)}
        onNext={() => go(1)}
        onPresent={present}
        onToggleEdit={() => setEditing((e) => !e)}
        onToggleArea={(key) => update({ sel: toggleSelection(state.sel, key) })}
      />
      {editing && !presenting && editor}
    </section>
  );
}
