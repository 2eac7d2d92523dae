/**
 * The organization's members an assignment rule may name (editors may list members). Every role and step editor of
 * the studio asks, so one request is shared for a minute rather than one per editor.
 */
import type { Member, MemberList } from '../../api/schemas/members.ts';
import { api } from '../api.ts';
import { useLoad } from '../hooks/use-load.ts';

const SHARED_FOR_MS = 60_000;
let shared: { at: number; list: Promise<MemberList> } | undefined;

function loadMembers(): Promise<MemberList> {
  if (!shared || Date.now() - shared.at > SHARED_FOR_MS) {
    const list = api.listMembers();
    shared = { at: Date.now(), list };
    list.catch(() => (shared = undefined));
  }
  return shared.list;
}

export function useAssignableMembers(): readonly Member[] {
  const { data } = useLoad(loadMembers, []);
  return data?.members ?? [];
}
