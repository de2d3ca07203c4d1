import { describe, expect, it } from 'vitest';
import { emptyStory, serialiseStory, type Story } from '../../core/story';
import { memoryStorage } from './storage';
import { createStoryLibrary, serialiseStories, STORIES_FORMAT } from './stories';

const step = { title: 'T', comment: '', visual: 'map' as const, level: 'kreis' as const, indicator: 'sgb2_quote', year: '2024', sel: [], area: null, aggregated: false };
const one: Story = { ...emptyStory('Eins', 'story-one'), steps: [step] };
const two: Story = { ...emptyStory('Zwei', 'story-two'), steps: [step, { ...step, title: 'U' }] };

describe('story library (saved beside the workspace)', () => {
  it('saves stories and reads them back after a "reload" (a second library on the same storage)', async () => {
    const storage = memoryStorage();
    const first = createStoryLibrary(storage);
    await first.load();
    expect(await first.put(one)).toBeNull();
    expect(await first.put(two)).toBeNull();
    expect(await first.put({ ...one, name: 'Eins neu' })).toBeNull();
    const again = createStoryLibrary(storage);
    await again.load();
    expect(again.list().map((s) => [s.id, s.name])).toEqual([['story-one', 'Eins neu'], ['story-two', 'Zwei']]);
    await again.remove('story-one');
    const third = createStoryLibrary(storage);
    await third.load();
    expect(third.list().map((s) => s.id)).toEqual(['story-two']);
    expect(third.problem()).toBeNull();
  });

  it('a corrupted saved entry becomes a message, not a failure; readable stories still load', async () => {
    const garbage = createStoryLibrary(memoryStorage('{not json'));
    await garbage.load();
    expect(garbage.loaded()).toBe(true);
    expect(garbage.list()).toEqual([]);
    expect(garbage.problem()?.en).toContain('corrupted');
    const mixed = JSON.stringify({ format: STORIES_FORMAT, version: 1, stories: [one, { id: 'bad id!', steps: [] }, { id: 'x', steps: 'no' }] });
    const partly = createStoryLibrary(memoryStorage(mixed));
    await partly.load();
    expect(partly.list().map((s) => s.id)).toEqual(['story-one']);
    expect(partly.problem()?.de).toContain('2 gespeicherte');
    const failing = createStoryLibrary({ load: async () => { throw new Error('IDB down'); }, save: async () => undefined, clear: async () => undefined });
    await failing.load();
    expect(failing.problem()?.en).toContain('IDB down');
  });

  it('imports an exported story all or nothing; a clashing id gets a new one', async () => {
    const storage = memoryStorage(serialiseStories([one]));
    const library = createStoryLibrary(storage);
    await library.load();
    const bad = await library.importFile(serialiseStory(two).replace('"2024"', '"neulich"'));
    expect(bad.ok).toBe(false);
    expect(library.list()).toHaveLength(1);
    const fresh = await library.importFile(serialiseStory(two));
    expect(fresh).toMatchObject({ ok: true, renamedId: false });
    const clash = await library.importFile(serialiseStory(one));
    expect(clash.ok && clash.renamedId).toBe(true);
    expect(clash.ok && clash.story.id).not.toBe('story-one');
    expect(library.list()).toHaveLength(3);
    expect(JSON.parse(storage.text ?? '').stories).toHaveLength(3);
  });

  it('reports a full browser storage instead of throwing', async () => {
    const library = createStoryLibrary(memoryStorage(null, { quotaChars: 10 }));
    await library.load();
    const warning = await library.put(one);
    expect(warning?.en).toContain('storage is full');
    expect(library.list()).toHaveLength(1);
  });
});
