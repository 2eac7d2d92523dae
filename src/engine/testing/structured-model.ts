/** Randomly generated structured process models (fast-check): tasks, sequences, sub-processes and matched split/join blocks with scripted decisions. */
import fc from 'fast-check';

export type Block =
  | { type: 'task' }
  | { type: 'sequence'; blocks: Block[] }
  | { type: 'subProcess'; body: Block }
  /** `choice`: index of the branch taken (branch 0 is the default flow). */
  | { type: 'exclusive'; branches: Block[]; choice: number }
  | { type: 'parallel'; branches: Block[] }
  /** `chosen`: which non-default branches' conditions hold; none means the default branch 0 alone. */
  | { type: 'inclusive'; branches: Block[]; chosen: boolean[] };

const task: fc.Arbitrary<Block> = fc.constant({ type: 'task' });

export const blockArbitrary: fc.Arbitrary<Block> = fc.letrec<{ block: Block }>((tie) => {
  const branches = fc.array(tie('block'), { minLength: 2, maxLength: 3 });
  return {
    block: fc.oneof(
      { depthSize: 'small', withCrossShrink: true },
      task,
      fc.array(tie('block'), { minLength: 1, maxLength: 3 }).map((blocks): Block => ({ type: 'sequence', blocks })),
      tie('block').map((body): Block => ({ type: 'subProcess', body })),
      branches.chain((list) => fc.nat({ max: list.length - 1 }).map((choice): Block => ({ type: 'exclusive', branches: list, choice }))),
      branches.map((list): Block => ({ type: 'parallel', branches: list })),
      branches.chain((list) =>
        fc.array(fc.boolean(), { minLength: list.length - 1, maxLength: list.length - 1 }).map((chosen): Block => ({ type: 'inclusive', branches: list, chosen })),
      ),
    ),
  };
}).block;
