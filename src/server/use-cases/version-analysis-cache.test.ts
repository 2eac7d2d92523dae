/** VersionAnalysisCache: a published version is read once by id; a draft is read every time; the oldest entry leaves first. */
import { describe, expect, it } from 'vitest';
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';
import { createStarterDiagram } from '../../bpmn/studio/create-starter-diagram.ts';
import { VersionAnalysisCache } from './version-analysis-cache.ts';

const documentation = ProcessDocumentation.parse({});

describe('VersionAnalysisCache', () => {
  it('given a published version, when analyzed twice, then the same frozen analysis comes back; a draft is analyzed anew', async () => {
    const xml = await createStarterDiagram({ name: 'P', roles: ['Caller'] });
    const cache = new VersionAnalysisCache(2);
    const first = await cache.analyze({ id: 1, status: 'published', xml, documentation });
    expect(await cache.analyze({ id: 1, status: 'published', xml: 'ignored: version 1 never changes', documentation })).toBe(first);
    expect(Object.isFrozen(first.problems)).toBe(true);
    expect(first.elements.get('Task_1')).toMatchObject({ type: 'bpmn:UserTask', lane: 'Lane_1' });

    const draft = await cache.analyze({ id: 2, status: 'draft', xml: '<not-bpmn/>', documentation });
    expect(draft.problems).toEqual([expect.objectContaining({ rule: 'swimlane/readable', severity: 'error' })]);
    expect(cache.size).toBe(1);

    await cache.analyze({ id: 3, status: 'published', xml, documentation });
    await cache.analyze({ id: 4, status: 'published', xml, documentation });
    expect(cache.size).toBe(2);
    expect(await cache.analyze({ id: 1, status: 'published', xml, documentation })).not.toBe(first);
  });
});
