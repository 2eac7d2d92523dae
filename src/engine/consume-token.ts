/** Ends a token's path (end event, or no outgoing flow) and has its scope checked for completion. */
import { queueWork, type RunContext } from './run-context.ts';

export function consumeToken(context: RunContext, tokenId: string): void {
  const token = context.state.tokens[tokenId];
  if (!token) return;
  delete context.state.tokens[tokenId];
  queueWork(context, { kind: 'checkScope', scopeId: token.scopeId });
}
