import { useState, useSyncExternalStore } from 'react';
import type { Language } from '../../core/types';
import type { WorkspaceController } from '../../data/workspace/workspace';
import { tx } from './importText';

/** A saved workspace that could not be restored: the message and the way out, never a blank app. */
export function WorkspaceBanner({ workspace, lang }: { workspace: WorkspaceController; lang: Language }) {
  const problem = useSyncExternalStore(workspace.subscribe, workspace.restoreProblem);
  const [discarded, setDiscarded] = useState(false);
  if (discarded) return <p className="notice" role="status" data-testid="workspace-discarded">{tx(lang, 'discarded')}</p>;
  if (!problem) return null;
  return (
    <div className="notice" role="alert" data-testid="workspace-problem">
      <strong>{tx(lang, 'savedProblem')}: </strong>{problem[lang]}{' '}
      <button type="button" data-testid="workspace-discard" onClick={() => void workspace.discardSaved().then(() => setDiscarded(true))}>
        {tx(lang, 'discard')}
      </button>
    </div>
  );
}
