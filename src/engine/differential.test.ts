/**
 * Differential tests: `advance` and bpmn-engine (the test oracle), given the same models and the same decisions, must
 * complete the same multiset of elements and both end completed.
 *
 * bpmn-engine only joins at parallel gateways (an inclusive "join" passes every token through) and its exclusive merge
 * forwards a discarded branch early; its parallel join with dead-path elimination is a correct structured merge. So the
 * oracle is given every join as a parallel gateway, while `advance` runs the real exclusive and inclusive joins.
 */
import { readFile } from 'node:fs/promises';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadProcess } from '../bpmn/load-process.ts';
import { runWithAdvance } from './testing/run-with-advance.ts';
import { runWithBpmnEngine } from './testing/run-with-bpmn-engine.ts';
import { blockArbitrary } from './testing/structured-model.ts';
import { structuredModelToBpmn } from './testing/structured-model-to-bpmn.ts';

const sorted = (ids: string[]) => [...ids].sort();

async function expectSameRun(xml: string, oracleXml: string, variables: Record<string, unknown>) {
  const { process, unsupported } = await loadProcess(xml);
  expect(unsupported).toEqual([]);
  const ours = runWithAdvance(process, variables);
  const theirs = await runWithBpmnEngine(oracleXml, variables);
  expect(theirs.status, theirs.error).toBe('completed');
  expect(ours.state.status).toBe('completed');
  expect(sorted(ours.completed)).toEqual(sorted(theirs.completed));
}

async function fixture(name: string): Promise<string> {
  return readFile(new URL(`./fixtures/${name}.bpmn`, import.meta.url), 'utf8');
}

/** The oracle's form of a hand-written model: its inclusive merge written as a parallel join (see above). */
const asOracleModel = (xml: string) => xml.replace('<inclusiveGateway id="Merge" />', '<parallelGateway id="Merge" />');

describe('differential: advance against bpmn-engine', () => {
  it.each([
    ['exclusive-gateway', { amount: 50 }],
    ['exclusive-gateway', { amount: 500 }],
    ['exclusive-gateway', { amount: 5000 }],
    ['parallel-gateway', {}],
    ['inclusive-gateway', { channels: ['email'] }],
    ['inclusive-gateway', { channels: ['email', 'phone'] }],
    ['inclusive-gateway', { channels: [] }],
    ['sub-process', {}],
    ['end-events', { abort: false }],
    ['prospecting', { leadFound: true }],
    ['prospecting', { leadFound: false }],
  ])('given the %s fixture and %j, when both engines run it, then they complete the same elements', async (name, variables) => {
    const xml = await fixture(name);
    await expectSameRun(xml, asOracleModel(xml), variables);
  });

  it('given random structured models with scripted decisions, when both engines run them, then both complete the same multiset of elements', async () => {
    await fc.assert(
      fc.asyncProperty(blockArbitrary, async (block) => {
        const { xml, decisions } = structuredModelToBpmn(block);
        const oracle = structuredModelToBpmn(block, { joins: 'parallelGateway' });
        await expectSameRun(xml, oracle.xml, decisions);
      }),
      { numRuns: 150 },
    );
  }, 60_000);
});
