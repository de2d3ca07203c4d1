import { useEffect, useRef, useState } from 'react';
import { STEP_VISUALS, MAX_COMMENT, MAX_STORY_NAME, MAX_TITLE, type StepVisual, type Story, type StoryStep } from '../../core/story';
import type { Language } from '../../core/types';
import { bt, type BoardKey } from './boardText';

const VISUAL_KEY: Record<StepVisual, BoardKey> = { map: 'visualMap', ranking: 'visualRanking', series: 'visualSeries' };

export interface BoardEditorProps {
  lang: Language;
  stories: readonly Story[];
  story: Story | null;
  current: number;
  /** Describes the view that "add current view" records. */
  currentView: string;
  flagged: (step: StoryStep) => boolean;
  message: { text: string; error: boolean } | null;
  onChooseStory: (id: string | null) => void;
  onNewStory: () => void;
  onRename: (name: string) => void;
  onDeleteStory: () => void;
  onExport: () => void;
  onImport: (file: File) => void;
  onAddStep: (visual: StepVisual) => void;
  onEditStep: (index: number, change: Partial<Pick<StoryStep, 'title' | 'comment' | 'visual' | 'aggregated'>>) => void;
  onMove: (index: number, delta: number) => void;
  onRemove: (index: number) => void;
  onShow: (index: number) => void;
}

/** The editing side panel: choose/create/rename/delete a story, its steps, export and import. */
export function BoardEditor(props: BoardEditorProps) {
  const { lang, stories, story, current, message } = props;
  const [visual, setVisual] = useState<StepVisual>('map');
  const [confirmDelete, setConfirmDelete] = useState(false);
  const fileRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLOListElement>(null);
  // Keyboard reordering: focus follows the moved step (its same button, or the other one at an end).
  const [focusAfterMove, setFocusAfterMove] = useState<{ index: number; dir: 'up' | 'down' } | null>(null);
  useEffect(() => {
    if (!focusAfterMove || !listRef.current) return;
    const item = listRef.current.querySelectorAll('[data-testid=board-step-item]')[focusAfterMove.index];
    const other = focusAfterMove.dir === 'up' ? 'down' : 'up';
    const button = [focusAfterMove.dir, other]
      .map((d) => item?.querySelector<HTMLButtonElement>(`[data-testid=board-move-${d}]`))
      .find((b) => b && !b.disabled);
    button?.focus();
    setFocusAfterMove(null);
  }, [story, focusAfterMove]);
  const onMove = (index: number, delta: number) => {
    props.onMove(index, delta);
    setFocusAfterMove({ index: index + delta, dir: delta < 0 ? 'up' : 'down' });
  };
  return (
    <aside className="board-editor" data-testid="board-editor" aria-labelledby="board-editor-title">
      <h2 id="board-editor-title">{bt(lang, 'editTitle')}</h2>
      <label className="board-field">
        <span>{bt(lang, 'storyChoose')}</span>
        <select data-testid="board-story-select" value={story?.id ?? ''} onChange={(e) => props.onChooseStory(e.target.value || null)}>
          <option value="">{bt(lang, 'storyNone')}</option>
          {stories.map((s) => <option key={s.id} value={s.id}>{s.name}</option>)}
        </select>
      </label>
      <div className="board-buttons">
        <button type="button" data-testid="board-new-story" onClick={props.onNewStory}>{bt(lang, 'storyNew')}</button>
        <label className="board-file button-like">
          <span>{bt(lang, 'storyImport')}</span>
          <input ref={fileRef} type="file" accept=".json,application/json" data-testid="board-import-story"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) props.onImport(file);
              if (fileRef.current) fileRef.current.value = '';
            }} />
        </label>
      </div>
      {message && (
        <p className={message.error ? 'board-message error' : 'board-message'} role={message.error ? 'alert' : 'status'} data-testid="board-message">
          {message.text}
        </p>
      )}
      {story && (
        <>
          <label className="board-field">
            <span>{bt(lang, 'storyName')}</span>
            <input key={story.id} data-testid="board-story-name" defaultValue={story.name} maxLength={MAX_STORY_NAME}
              onBlur={(e) => props.onRename(e.target.value)}
              onKeyDown={(e) => e.key === 'Enter' && props.onRename(e.currentTarget.value)} />
          </label>
          <div className="board-buttons">
            <button type="button" data-testid="board-export-story" onClick={props.onExport}>{bt(lang, 'storyExport')}</button>
            {confirmDelete ? (
              <button type="button" className="danger" data-testid="board-delete-confirm" onClick={() => (setConfirmDelete(false), props.onDeleteStory())}>
                {bt(lang, 'deleteConfirm')}
              </button>
            ) : (
              <button type="button" data-testid="board-delete-story" onClick={() => setConfirmDelete(true)}>{bt(lang, 'storyDelete')}</button>
            )}
          </div>
          <fieldset className="board-add">
            <legend>{bt(lang, 'addStep')}</legend>
            <p className="muted" data-testid="board-current-view">{props.currentView}</p>
            <label className="board-field">
              <span>{bt(lang, 'visualFor')}</span>
              <select data-testid="board-add-visual" value={visual} onChange={(e) => setVisual(e.target.value as StepVisual)}>
                {STEP_VISUALS.map((v) => <option key={v} value={v}>{bt(lang, VISUAL_KEY[v])}</option>)}
              </select>
            </label>
            <button type="button" data-testid="board-add-step" onClick={() => props.onAddStep(visual)}>{bt(lang, 'addStep')}</button>
          </fieldset>
          <h3>{bt(lang, 'steps')}</h3>
          <ol className="board-steps" ref={listRef}>
            {story.steps.map((step, i) => (
              <StepItem key={i} {...props} step={step} index={i} total={story.steps.length} active={i === current}
                isFlagged={props.flagged(step)} onMove={onMove} />
            ))}
          </ol>
        </>
      )}
    </aside>
  );
}

function StepItem(props: BoardEditorProps & { step: StoryStep; index: number; total: number; active: boolean; isFlagged: boolean }) {
  const { lang, step, index, total, active, isFlagged } = props;
  const n = index + 1;
  return (
    <li className={active ? 'board-step active' : 'board-step'} data-testid="board-step-item" data-title={step.title}
      aria-current={active ? 'step' : undefined}>
      <div className="board-step-head">
        <button type="button" className="link-button" data-testid="board-show-step" onClick={() => props.onShow(index)}>
          {`${n}. ${step.title || bt(lang, 'untitled', { n })}`}
        </button>
        {isFlagged && <span className="board-flag" data-testid="board-step-flag">{bt(lang, 'flagged')}</span>}
      </div>
      <label className="board-field">
        <span>{bt(lang, 'stepTitle', { n })}</span>
        <input data-testid="board-step-title" value={step.title} maxLength={MAX_TITLE}
          onChange={(e) => props.onEditStep(index, { title: e.target.value })} />
      </label>
      <label className="board-field">
        <span>{bt(lang, 'stepComment', { n })}</span>
        <textarea data-testid="board-step-comment" value={step.comment} maxLength={MAX_COMMENT} rows={3}
          onChange={(e) => props.onEditStep(index, { comment: e.target.value })} />
      </label>
      <label className="board-field">
        <span>{bt(lang, 'stepVisual', { n })}</span>
        <select data-testid="board-step-visual" value={step.visual} onChange={(e) => props.onEditStep(index, { visual: e.target.value as StepVisual })}>
          {STEP_VISUALS.map((v) => <option key={v} value={v}>{bt(lang, VISUAL_KEY[v])}</option>)}
        </select>
      </label>
      <label className="board-check">
        <input type="checkbox" data-testid="board-step-aggregated" checked={step.aggregated}
          onChange={(e) => props.onEditStep(index, { aggregated: e.target.checked })} />
        <span>{bt(lang, 'stepAggregated', { n })}</span>
      </label>
      <div className="board-buttons">
        <button type="button" data-testid="board-move-up" disabled={index === 0} aria-label={bt(lang, 'moveUp', { n })}
          onClick={() => props.onMove(index, -1)}>↑</button>
        <button type="button" data-testid="board-move-down" disabled={index === total - 1} aria-label={bt(lang, 'moveDown', { n })}
          onClick={() => props.onMove(index, 1)}>↓</button>
        <button type="button" data-testid="board-remove-step" aria-label={bt(lang, 'remove', { n })}
          onClick={() => props.onRemove(index)}>✕</button>
      </div>
    </li>
  );
}
