import { CLASS_PARAMS, MAX_K, MIN_K, MAX_SELECTION, parseBreaks, type ClassParam, type KnownValues, type ViewState } from './viewState';
import { MAP_LEVELS, type Level } from './types';

/**
 * A story for the board mode: an ordered list of steps, each a saved view (level, indicator, year,
 * classification, selection, area and which visual) with a title and a short comment. Pure: the
 * versioned file format, its defensive parser (bilingual messages) and the editing operations.
 */
export const STORY_FORMAT = 'quartiersatlas-story';
export const STORY_VERSION = 1;
export const MAX_STORY_BYTES = 1_048_576;
export const MAX_STEPS = 50;
export const MAX_TITLE = 120;
export const MAX_COMMENT = 600;
export const MAX_STORY_NAME = 120;
export const STORY_ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

/** The map, or a chart: the ranking of all areas, or the time series of the selection. */
export type StepVisual = 'map' | 'ranking' | 'series';
export const STEP_VISUALS: readonly StepVisual[] = ['map', 'ranking', 'series'];

export interface StoryStep {
  title: string;
  comment: string;
  visual: StepVisual;
  level: Level;
  indicator: string;
  year: string;
  class?: ClassParam;
  k?: number;
  breaks?: number[];
  sel: string[];
  area: string | null;
  /** Show the class (1 … k) instead of the indicator's values (for sensitive single indicators). */
  aggregated: boolean;
}

export interface Story {
  id: string;
  name: string;
  steps: StoryStep[];
}

export type Bilingual = { de: string; en: string };

export type StoryRead = { ok: true; story: Story } | { ok: false; error: Bilingual };

/** A step the loaded workspace cannot show as saved (an unknown indicator, level or year). */
export interface StepProblem {
  kind: 'indicator' | 'level' | 'year';
  value: string;
}

const BAD_KEYS = new Set(['__proto__', 'prototype', 'constructor']);

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** An own, non-hostile property (never walks the prototype chain). */
function own(record: Record<string, unknown>, key: string): unknown {
  return !BAD_KEYS.has(key) && Object.prototype.hasOwnProperty.call(record, key) ? record[key] : undefined;
}

function text(value: unknown, max: number): string {
  return typeof value === 'string' ? value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').slice(0, max) : '';
}

function fail(de: string, en: string): StoryRead {
  return { ok: false, error: { de, en } };
}

/** A random id that fits the URL's `story` parameter. */
export function newStoryId(random: () => number = Math.random): string {
  let id = 'story-';
  for (let i = 0; i < 10; i++) id += 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(random() * 36)];
  return id;
}

export function emptyStory(name: string, id: string = newStoryId()): Story {
  return { id, name: text(name, MAX_STORY_NAME).trim() || 'Story', steps: [] };
}

/** The step that shows the given view state (title and comment empty, to be written). */
export function stepFromView(state: ViewState, visual: StepVisual = 'map'): StoryStep {
  const step: StoryStep = {
    title: '',
    comment: '',
    visual,
    level: state.level,
    indicator: state.indicator,
    year: state.year,
    sel: [...(state.sel ?? [])],
    area: state.area,
    aggregated: false,
  };
  if (state.class) step.class = state.class;
  if (state.k !== undefined) step.k = state.k;
  if (state.class === 'manual' && state.breaks) step.breaks = [...state.breaks];
  return step;
}

/**
 * The view-state change that shows a step on the board (view stays `board`). With `known`, what the
 * workspace lacks is left out (an unknown indicator keeps the current one; unknown areas are dropped).
 */
export function viewChangeForStep(story: Story, index: number, known?: KnownValues): Partial<ViewState> {
  const step = story.steps[index];
  const change: Partial<ViewState> = {
    view: 'board',
    story: story.id,
    step: index === 0 ? undefined : index,
    level: step.level,
    indicator: step.indicator,
    year: step.year,
    class: step.class,
    k: step.k,
    breaks: step.breaks ?? null,
    sel: step.sel,
    area: step.area,
  };
  if (known) {
    if (!known.levels.includes(step.level)) delete change.level;
    if (!known.indicators.includes(step.indicator)) {
      delete change.indicator;
      delete change.year;
    }
    change.sel = step.sel.filter((key) => known.hasArea(key));
    if (step.area !== null && !known.hasArea(step.area)) change.area = null;
  }
  return change;
}

/** What of the step the workspace does not know (the step is kept and shown with this note). */
export function stepProblems(step: StoryStep, known: KnownValues): StepProblem[] {
  const problems: StepProblem[] = [];
  if (!known.levels.includes(step.level)) problems.push({ kind: 'level', value: step.level });
  if (!known.indicators.includes(step.indicator)) problems.push({ kind: 'indicator', value: step.indicator });
  else if (!known.years(step.indicator).includes(step.year)) problems.push({ kind: 'year', value: step.year });
  return problems;
}

function readStep(raw: unknown, index: number): { step: StoryStep } | { error: Bilingual } {
  const n = index + 1;
  if (!isRecord(raw)) return { error: { de: `Schritt ${n} ist kein Objekt.`, en: `Step ${n} is not an object.` } };
  const level = own(raw, 'level');
  const indicator = own(raw, 'indicator');
  const year = own(raw, 'year');
  if (typeof level !== 'string' || !(MAP_LEVELS as readonly string[]).includes(level)) {
    return { error: { de: `Schritt ${n}: unbekannte Ebene.`, en: `Step ${n}: unknown level.` } };
  }
  if (typeof indicator !== 'string' || indicator === '' || indicator.length > 200) {
    return { error: { de: `Schritt ${n}: Indikator fehlt.`, en: `Step ${n}: indicator missing.` } };
  }
  if (typeof year !== 'string' || !/^\d{4}$/.test(year)) {
    return { error: { de: `Schritt ${n}: Jahr fehlt oder ist ungültig.`, en: `Step ${n}: year missing or invalid.` } };
  }
  const visual = own(raw, 'visual');
  const step: StoryStep = {
    title: text(own(raw, 'title'), MAX_TITLE),
    comment: text(own(raw, 'comment'), MAX_COMMENT),
    visual: (STEP_VISUALS as readonly unknown[]).includes(visual) ? (visual as StepVisual) : 'map',
    level: level as Level,
    indicator,
    year,
    sel: [],
    area: null,
    aggregated: own(raw, 'aggregated') === true,
  };
  const method = own(raw, 'class');
  if ((CLASS_PARAMS as readonly unknown[]).includes(method) && method !== 'quantile') step.class = method as ClassParam;
  const k = own(raw, 'k');
  if (typeof k === 'number' && Number.isInteger(k) && k >= MIN_K && k <= MAX_K) step.k = k;
  const breaks = own(raw, 'breaks');
  if (step.class === 'manual') {
    const parsed = Array.isArray(breaks) && breaks.every((b) => typeof b === 'number') ? parseBreaks(breaks.join(',')) : null;
    if (parsed) step.breaks = parsed;
    else delete step.class;
  }
  const sel = own(raw, 'sel');
  if (Array.isArray(sel)) {
    for (const key of sel) {
      if (typeof key === 'string' && key !== '' && key.length <= 200 && !step.sel.includes(key) && step.sel.length < MAX_SELECTION) step.sel.push(key);
    }
  }
  const area = own(raw, 'area');
  if (typeof area === 'string' && area !== '' && area.length <= 200) step.area = area;
  return { step };
}

/** A story from its parsed JSON value (also used for the stories saved in the workspace). */
export function readStoryValue(value: unknown): StoryRead {
  if (!isRecord(value)) return fail('Die Datei enthält kein Story-Objekt.', 'The file does not contain a story object.');
  const id = own(value, 'id');
  if (typeof id !== 'string' || !STORY_ID_PATTERN.test(id)) {
    return fail('Die Story hat keine gültige Kennung (id).', 'The story has no valid id.');
  }
  const steps = own(value, 'steps');
  if (!Array.isArray(steps)) return fail('Die Story hat keine Liste von Schritten.', 'The story has no list of steps.');
  if (steps.length > MAX_STEPS) {
    return fail(`Die Story hat ${steps.length} Schritte; erlaubt sind höchstens ${MAX_STEPS}.`, `The story has ${steps.length} steps; at most ${MAX_STEPS} are allowed.`);
  }
  const read: StoryStep[] = [];
  for (let i = 0; i < steps.length; i++) {
    const outcome = readStep(steps[i], i);
    if ('error' in outcome) return { ok: false, error: outcome.error };
    read.push(outcome.step);
  }
  return { ok: true, story: { id, name: text(own(value, 'name'), MAX_STORY_NAME).trim() || id, steps: read } };
}

/** JSON.parse that drops prototype-polluting keys at every depth. */
export function safeJsonParse(source: string): unknown {
  return JSON.parse(source, function reviver(key, value: unknown) {
    return BAD_KEYS.has(key) ? undefined : value;
  });
}

/**
 * Reads an exported story file: `{ format: "quartiersatlas-story", version: 1, story: {…} }`. All or
 * nothing: any invalid step rejects the file. `byteLength` is checked before parsing.
 */
export function parseStoryFile(source: string, byteLength: number = new TextEncoder().encode(source).length): StoryRead {
  if (byteLength > MAX_STORY_BYTES) {
    return fail(
      `Die Datei ist ${(byteLength / 1_048_576).toFixed(1)} MB groß; eine Story-Datei darf höchstens 1 MB groß sein.`,
      `The file is ${(byteLength / 1_048_576).toFixed(1)} MB; a story file may be at most 1 MB.`,
    );
  }
  let value: unknown;
  try {
    value = safeJsonParse(source);
  } catch {
    return fail('Die Datei ist kein gültiges JSON.', 'The file is not valid JSON.');
  }
  if (!isRecord(value) || own(value, 'format') !== STORY_FORMAT) {
    return fail(`Die Datei ist keine Quartiersatlas-Story (format „${STORY_FORMAT}“ fehlt).`, `The file is not a Quartiersatlas story (format "${STORY_FORMAT}" missing).`);
  }
  const version = own(value, 'version');
  if (version !== STORY_VERSION) {
    const v = typeof version === 'number' || typeof version === 'string' ? String(version).slice(0, 20) : '?';
    return fail(
      `Die Story-Datei hat die Version ${v}; diese Version des Quartiersatlas liest nur Version ${STORY_VERSION}.`,
      `The story file has version ${v}; this version of Quartiersatlas reads version ${STORY_VERSION} only.`,
    );
  }
  return readStoryValue(own(value, 'story'));
}

export function serialiseStory(story: Story): string {
  return `${JSON.stringify({ format: STORY_FORMAT, version: STORY_VERSION, story }, null, 2)}\n`;
}

export function storyFileName(story: Story): string {
  const base = story.name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^A-Za-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60) || story.id;
  return `${base}.story.json`;
}

export type StoryEdit = { ok: true; story: Story } | { ok: false; error: Bilingual };

export function addStep(story: Story, step: StoryStep): StoryEdit {
  if (story.steps.length >= MAX_STEPS) {
    return { ok: false, error: { de: `Eine Story hat höchstens ${MAX_STEPS} Schritte.`, en: `A story has at most ${MAX_STEPS} steps.` } };
  }
  return { ok: true, story: { ...story, steps: [...story.steps, step] } };
}

/** Moves the step at `index` by `delta` (−1 up, +1 down); unchanged at the ends. */
export function moveStep(story: Story, index: number, delta: number): Story {
  const to = index + delta;
  if (index < 0 || index >= story.steps.length || to < 0 || to >= story.steps.length) return story;
  const steps = [...story.steps];
  const [moved] = steps.splice(index, 1);
  steps.splice(to, 0, moved);
  return { ...story, steps };
}

export function removeStep(story: Story, index: number): Story {
  return { ...story, steps: story.steps.filter((_, i) => i !== index) };
}

export function editStep(story: Story, index: number, change: Partial<Pick<StoryStep, 'title' | 'comment' | 'visual' | 'aggregated'>>): Story {
  return {
    ...story,
    steps: story.steps.map((s, i) => {
      if (i !== index) return s;
      const next = { ...s, ...change };
      next.title = text(next.title, MAX_TITLE);
      next.comment = text(next.comment, MAX_COMMENT);
      return next;
    }),
  };
}

export function renameStory(story: Story, name: string): Story {
  return { ...story, name: text(name, MAX_STORY_NAME).trim() || story.name };
}
