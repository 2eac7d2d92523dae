/** Loads the version an editor opens: the draft when there is one, else the latest published version, else the last one; chosen once, so later saves do not reopen it. */
import { useState } from 'react';
import { useLoad, type Loaded } from './use-load.ts';

export interface VersionedDocument {
  id: number;
  versions: readonly { number: number; status: string }[];
  latestPublishedVersion: number | null;
}

/** `data` is null when the document has no version at all. */
export function useOpenedVersion<V>(document: VersionedDocument, load: (id: number, number: number) => Promise<V>): Loaded<V | null> {
  const [openedNumber] = useState(
    () => document.versions.find((version) => version.status === 'draft')?.number ?? document.latestPublishedVersion ?? document.versions.at(-1)?.number ?? null,
  );
  return useLoad(() => (openedNumber === null ? Promise.resolve(null) : load(document.id, openedNumber)), [document.id, openedNumber]);
}
