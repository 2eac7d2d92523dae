/** Autosaves a draft from the revision it was opened at and publishes it once all is saved; a save that meets someone else's is a conflict, which stops saving. */
import { useRef } from 'react';
import type { ApiError } from '../../api/client.ts';
import { useAction, type Action } from './use-action.ts';
import { useAutosave, type Autosave } from './use-autosave.ts';

export interface DraftAutosaveOptions {
  /** The draft's revision when opened; null when a published version is open, so the first save starts a draft. */
  openedRevision: number | null;
  /** Saves the draft over `baseRevision` (null: starts one) and resolves to what was saved. */
  save: (baseRevision: number | null) => Promise<{ revision: number }>;
  /** Publishes the draft saved as `revision`; its error shows as `publishing.error`. */
  publish: (revision: number) => Promise<void>;
}

export interface DraftAutosave {
  autosave: Autosave;
  publishing: Action;
  /** Saves what is unsaved, then publishes; does nothing when saving fails or there is no draft to publish. */
  publish: () => Promise<void>;
  /** Someone else saved the draft since it was opened (the error names them when the server knows). */
  conflict: ApiError | null;
}

export function useDraftAutosave({ openedRevision, save, publish }: DraftAutosaveOptions): DraftAutosave {
  // The draft revision this editor last saw.
  const baseRevision = useRef(openedRevision);
  const publishRef = useRef(publish);
  publishRef.current = publish;
  const publishing = useAction();
  const autosave = useAutosave(async () => {
    baseRevision.current = (await save(baseRevision.current)).revision;
  });

  async function publishDraft() {
    if (!(await autosave.flush()) || baseRevision.current === null) return;
    const revision = baseRevision.current;
    await publishing.run(async () => {
      await publishRef.current(revision);
      // A published version is no draft: the next change starts a new one.
      baseRevision.current = null;
    });
  }

  return {
    autosave,
    publishing,
    publish: publishDraft,
    conflict: autosave.state === 'conflict' ? autosave.error : null,
  };
}
