/** Test oracle glue: lets bpmn-engine evaluate sequence-flow conditions as FEEL (through feelin), and turns script tasks into no-ops. */
import { evaluate } from 'feelin';

interface ScriptOwner {
  type: string;
  behaviour?: { conditionExpression?: { body?: string } };
}

interface ExecutionScope {
  environment: { variables: Record<string, unknown> };
}

type Callback = (error: Error | null, result?: unknown) => void;

export const feelScriptsForBpmnEngine = {
  register(): void {},
  getScript(_language: string | undefined, owner: ScriptOwner) {
    if (owner.type === 'bpmn:SequenceFlow') {
      const source = (owner.behaviour?.conditionExpression?.body ?? '').trim().replace(/^=/, '');
      return {
        execute(scope: ExecutionScope, callback: Callback) {
          try {
            callback(null, evaluate(source, scope.environment.variables).value === true);
          } catch (error) {
            callback(error as Error);
          }
        },
      };
    }
    return {
      execute(_scope: ExecutionScope, callback: Callback) {
        callback(null);
      },
    };
  },
};
