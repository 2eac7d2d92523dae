/** Writes a generated structured model as BPMN 2.0 XML (no diagram), with the variables that script its decisions. */
import type { Block } from './structured-model.ts';

export interface GeneratedModel {
  xml: string;
  /** One variable per split gateway: the exclusive choice, or the list of inclusive branches taken. */
  decisions: Record<string, unknown>;
}

export interface BuildOptions {
  /**
   * 'parallelGateway' writes every join as a parallel gateway: the form bpmn-engine (the oracle) runs correctly. It only
   * joins at parallel gateways, passing each token of an inclusive join through, and an exclusive merge forwards a
   * discarded branch before the taken one arrives, so a parallel join further down fires early. Its parallel join counts
   * taken and discarded inbound flows (dead-path elimination), which is exactly an inclusive or exclusive merge in a
   * structured block. Default: each join matches its split.
   */
  joins?: 'matching' | 'parallelGateway';
}

interface Builder {
  next: number;
  decisions: Record<string, unknown>;
  joins: 'matching' | 'parallelGateway';
}

interface Fragment {
  entry: string;
  exit: string;
  xml: string[];
}

export function structuredModelToBpmn(root: Block, options: BuildOptions = {}): GeneratedModel {
  const builder: Builder = { next: 1, decisions: {}, joins: options.joins ?? 'matching' };
  const body = buildBlock(builder, root);
  const xml = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" id="generated" targetNamespace="https://swimlane.dev/generated">',
    '<process id="generatedProcess" isExecutable="true">',
    ...wrap(builder, 'start', 'end', body),
    '</process>',
    '</definitions>',
  ].join('\n');
  return { xml, decisions: builder.decisions };
}

function wrap(builder: Builder, startId: string, endId: string, body: Fragment): string[] {
  return [`<startEvent id="${startId}" />`, ...body.xml, `<endEvent id="${endId}" />`, flow(builder, startId, body.entry), flow(builder, body.exit, endId)];
}

function flow(builder: Builder, sourceId: string, targetId: string, condition?: string): string {
  const id = `Flow_${builder.next++}`;
  if (condition === undefined) return `<sequenceFlow id="${id}" sourceRef="${sourceId}" targetRef="${targetId}" />`;
  return `<sequenceFlow id="${id}" sourceRef="${sourceId}" targetRef="${targetId}"><conditionExpression xsi:type="tFormalExpression">${escapeXml(condition)}</conditionExpression></sequenceFlow>`;
}

function buildBlock(builder: Builder, block: Block): Fragment {
  const n = builder.next++;
  switch (block.type) {
    case 'task': {
      const id = `Task_${n}`;
      return { entry: id, exit: id, xml: [`<userTask id="${id}" name="Task ${n}" />`] };
    }
    case 'sequence': {
      const parts = block.blocks.map((child) => buildBlock(builder, child));
      const xml = parts.flatMap((part) => part.xml);
      for (let index = 1; index < parts.length; index++) xml.push(flow(builder, parts[index - 1]!.exit, parts[index]!.entry));
      return { entry: parts[0]!.entry, exit: parts.at(-1)!.exit, xml };
    }
    case 'subProcess': {
      const id = `Sub_${n}`;
      const inner = wrap(builder, `${id}_start`, `${id}_end`, buildBlock(builder, block.body));
      return { entry: id, exit: id, xml: [`<subProcess id="${id}">`, ...inner, '</subProcess>'] };
    }
    case 'exclusive':
    case 'parallel':
    case 'inclusive':
      return buildSplitJoin(builder, block, n);
  }
}

function buildSplitJoin(builder: Builder, block: Extract<Block, { branches: Block[] }>, n: number): Fragment {
  const tag = { exclusive: 'exclusiveGateway', parallel: 'parallelGateway', inclusive: 'inclusiveGateway' }[block.type];
  const split = `Split_${n}`;
  const join = `Join_${n}`;
  const variable = `decision_${n}`;
  const parts = block.branches.map((branch) => buildBlock(builder, branch));
  const xml = parts.flatMap((part) => part.xml);
  let defaultFlowId: string | undefined;
  parts.forEach((part, index) => {
    const condition =
      block.type === 'parallel' || index === 0 ? undefined : block.type === 'exclusive' ? `${variable} = ${index}` : `list contains(${variable}, ${index})`;
    const line = flow(builder, split, part.entry, condition);
    if (block.type !== 'parallel' && index === 0) defaultFlowId = /id="([^"]+)"/.exec(line)![1];
    xml.push(line, flow(builder, part.exit, join));
  });
  if (block.type === 'exclusive') builder.decisions[variable] = block.choice;
  if (block.type === 'inclusive') builder.decisions[variable] = block.chosen.flatMap((taken, index) => (taken ? [index + 1] : []));
  const defaultAttribute = defaultFlowId ? ` default="${defaultFlowId}"` : '';
  const joinTag = builder.joins === 'parallelGateway' ? 'parallelGateway' : tag;
  xml.unshift(`<${tag} id="${split}"${defaultAttribute} />`, `<${joinTag} id="${join}" />`);
  return { entry: split, exit: join, xml };
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
