import { describe, expect, it } from 'vitest';
import {
  addStep, editStep, emptyStory, MAX_COMMENT, MAX_STEPS, MAX_STORY_BYTES, MAX_TITLE, moveStep, parseStoryFile, removeStep,
  renameStory, serialiseStory, stepFromView, stepProblems, storyFileName, viewChangeForStep, STORY_FORMAT, type Story, type StoryStep,
} from './story';
import { changeViewState, serialiseViewState, type KnownValues, type ViewState } from './viewState';

const known: KnownValues = {
  levels: ['kreis', 'gemeinde'],
  indicators: ['sgb2_quote', 'alo_quote'],
  years: (id) => (id === 'sgb2_quote' ? ['2022', '2023', '2024'] : id === 'alo_quote' ? ['2024'] : []),
  hasArea: (key) => ['03101', '03241001'].includes(key),
};

const base: ViewState = { level: 'gemeinde', indicator: 'sgb2_quote', year: '2024', area: null, view: 'map', lang: 'de' };

function step(title: string, change: Partial<StoryStep> = {}): StoryStep {
  return { ...stepFromView(base), title, ...change };
}

function story(steps: StoryStep[]): Story {
  return { ...emptyStory('Ausschuss', 'story-abc'), steps };
}

function file(value: unknown): string {
  return JSON.stringify({ format: STORY_FORMAT, version: 1, story: value });
}

describe('story model', () => {
  it('records a view as a step and turns it back into the same view on the board', () => {
    const view: ViewState = { ...base, year: '2023', class: 'jenks', k: 4, sel: ['03241001'], area: '03101' };
    const s = story([step('a'), stepFromView(view, 'ranking')]);
    expect(s.steps[1]).toMatchObject({ visual: 'ranking', year: '2023', class: 'jenks', k: 4, sel: ['03241001'], area: '03101' });
    const shown = changeViewState(base, viewChangeForStep(s, 1), known);
    expect(serialiseViewState(shown)).toBe('?level=gemeinde&indicator=sgb2_quote&year=2023&area=03101&view=board&lang=de&sel=03241001&class=jenks&k=4&story=story-abc&step=1');
    // Step 0 is the default and leaves `step` out of the URL; the classification of step 1 is gone.
    expect(serialiseViewState(changeViewState(shown, viewChangeForStep(s, 0), known))).toBe('?level=gemeinde&indicator=sgb2_quote&year=2024&view=board&lang=de&story=story-abc');
  });

  it('round-trips through the file format unchanged', () => {
    const s = story([step('Eins', { comment: 'Kommentar' }), step('Zwei', { visual: 'series', sel: ['03101'], aggregated: true }), step('Drei', { class: 'manual', breaks: [1, 2.5, 4] })]);
    expect(parseStoryFile(serialiseStory(s))).toEqual({ ok: true, story: s });
  });

  it('reorders with up/down moves, unchanged at the ends', () => {
    const s = story([step('a'), step('b'), step('c')]);
    expect(moveStep(s, 2, -1).steps.map((x) => x.title)).toEqual(['a', 'c', 'b']);
    expect(moveStep(s, 0, 1).steps.map((x) => x.title)).toEqual(['b', 'a', 'c']);
    expect(moveStep(s, 0, -1)).toBe(s);
    expect(moveStep(s, 2, 1)).toBe(s);
    expect(removeStep(s, 1).steps.map((x) => x.title)).toEqual(['a', 'c']);
  });

  it('limits steps, titles, comments and names', () => {
    let s = story([]);
    for (let i = 0; i < MAX_STEPS; i++) {
      const r = addStep(s, step(String(i)));
      if (!r.ok) throw new Error('add failed');
      s = r.story;
    }
    const over = addStep(s, step('zu viel'));
    expect(over.ok).toBe(false);
    if (!over.ok) expect(over.error.en).toContain('at most 50');
    const edited = editStep(story([step('a')]), 0, { title: 'x'.repeat(500), comment: 'y'.repeat(5000) });
    expect(edited.steps[0].title).toHaveLength(MAX_TITLE);
    expect(edited.steps[0].comment).toHaveLength(MAX_COMMENT);
    expect(renameStory(s, '   ').name).toBe('Ausschuss');
    expect(renameStory(s, ' Neu ').name).toBe('Neu');
    expect(storyFileName({ ...s, name: 'Sozialraum Übersicht 2024' })).toBe('Sozialraum-Ubersicht-2024.story.json');
  });

  it('flags a step with an unknown indicator, level or year but keeps it', () => {
    const s = story([step('gut'), step('fremd', { indicator: 'anderer_indikator' }), step('alt', { year: '2019' })]);
    const read = parseStoryFile(serialiseStory(s));
    expect(read.ok).toBe(true);
    if (!read.ok) return;
    expect(read.story.steps).toHaveLength(3);
    expect(read.story.steps.map((x) => stepProblems(x, known))).toEqual([
      [], [{ kind: 'indicator', value: 'anderer_indikator' }], [{ kind: 'year', value: '2019' }],
    ]);
    expect(stepProblems(step('q', { level: 'quartier' }), known)).toEqual([{ kind: 'level', value: 'quartier' }]);
    // Shown anyway: what the workspace lacks is left out, so the view state stays valid.
    const odd = story([step('fremd', { indicator: 'anderer_indikator', level: 'quartier', sel: ['03101', 'XYZ'], area: 'XYZ' })]);
    const shown = changeViewState(base, viewChangeForStep(odd, 0, known), known);
    expect(shown).toMatchObject({ level: 'gemeinde', indicator: 'sgb2_quote', year: '2024', sel: ['03101'], area: null, view: 'board' });
    const oldYear = changeViewState(base, viewChangeForStep(story([step('alt', { year: '2019' })]), 0, known), known);
    expect(oldYear.year).toBe('2024');
  });
});

describe('story file parser (hostile and broken files)', () => {
  it('rejects a wrong format, a wrong version, bad JSON and too large files in German and English', () => {
    const wrongVersion = parseStoryFile(JSON.stringify({ format: STORY_FORMAT, version: 2, story: story([]) }));
    expect(wrongVersion).toEqual({ ok: false, error: expect.objectContaining({ de: expect.stringContaining('Version 2'), en: expect.stringContaining('version 2') }) });
    const notStory = parseStoryFile(JSON.stringify({ format: 'quartiersatlas-workspace', version: 1 }));
    expect(notStory.ok).toBe(false);
    if (!notStory.ok) expect(notStory.error.en).toContain('not a Quartiersatlas story');
    const broken = parseStoryFile('{"format": "quartiersatlas-story",');
    expect(broken.ok).toBe(false);
    if (!broken.ok) expect(broken.error.de).toContain('kein gültiges JSON');
    const big = parseStoryFile('{}', MAX_STORY_BYTES + 1);
    expect(big.ok).toBe(false);
    if (!big.ok) expect([big.error.de, big.error.en]).toEqual([expect.stringContaining('höchstens 1 MB'), expect.stringContaining('at most 1 MB')]);
    const padded = ' '.repeat(MAX_STORY_BYTES) + serialiseStory(story([]));
    expect(parseStoryFile(padded).ok).toBe(false);
  });

  it('rejects more than 50 steps, an invalid id and an invalid step as a whole (all or nothing)', () => {
    const many = parseStoryFile(file({ id: 'x', name: 'n', steps: Array.from({ length: MAX_STEPS + 1 }, () => step('s')) }));
    expect(many.ok).toBe(false);
    if (!many.ok) expect(many.error.en).toContain('51 steps');
    expect(parseStoryFile(file({ id: '../etc', name: 'n', steps: [] })).ok).toBe(false);
    const badStep = parseStoryFile(file({ id: 'x', steps: [step('ok'), { ...step('kaputt'), year: 'letztes' }] }));
    expect(badStep.ok).toBe(false);
    if (!badStep.ok) expect(badStep.error).toEqual({ de: 'Schritt 2: Jahr fehlt oder ist ungültig.', en: 'Step 2: year missing or invalid.' });
    expect(parseStoryFile(file({ id: 'x', steps: [{ ...step('x'), level: 'planet' }] })).ok).toBe(false);
  });

  it('ignores prototype-polluting keys and unknown fields', () => {
    const hostile = `{"format":"${STORY_FORMAT}","version":1,"__proto__":{"polluted":true},"story":{"id":"s1","name":"N","constructor":{"prototype":{"polluted":true}},"steps":[{"__proto__":{"polluted":true},"level":"kreis","indicator":"sgb2_quote","year":"2024","title":"T","extra":"<script>","visual":"pie","k":99,"sel":["03101",3,"03101"]}]}}`;
    const read = parseStoryFile(hostile);
    expect(read.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    if (!read.ok) return;
    const s = read.story.steps[0];
    expect(Object.keys(s).sort()).toEqual(['aggregated', 'area', 'comment', 'indicator', 'level', 'sel', 'title', 'visual', 'year']);
    expect(s).toMatchObject({ visual: 'map', sel: ['03101'], title: 'T' });
    expect(Object.getPrototypeOf(s)).toBe(Object.prototype);
  });

  it('strips control characters from titles and comments', () => {
    const read = parseStoryFile(file({ id: 's', steps: [{ ...step('A\u0000B\u0007C'), comment: 'Zeile 1\nZeile 2' }] }));
    expect(read.ok && read.story.steps[0]).toMatchObject({ title: 'ABC', comment: 'Zeile 1\nZeile 2' });
  });
});
