/** Turns a condition expression into FEEL source, or says why it cannot be run (JavaScript, JUEL, bad syntax). */
import { findFeelSyntaxError } from './find-feel-syntax-error.ts';
import type { ModdleElement } from './moddle-element.ts';

export type CompiledCondition = { readonly source: string } | { readonly reason: string };

export function compileCondition(expression: ModdleElement): CompiledCondition {
  const language = expression.language;
  if (language && !/feel/i.test(language)) return { reason: `condition language "${language}" is not FEEL` };
  const body = (expression.body ?? '').trim();
  const source = body.startsWith('=') ? body.slice(1).trim() : body;
  if (source === '') return { reason: 'condition has no expression' };
  if (source.includes('${')) return { reason: `condition "${source}" is an EL/JUEL expression, not FEEL` };
  return checkFeelSyntax(source);
}

/** Parses without evaluating: evaluating even on an empty context runs loops such as `for x in 1..1e9 return x`. */
export function checkFeelSyntax(source: string): CompiledCondition {
  const problem = findFeelSyntaxError(source);
  return problem ? { reason: `FEEL expression "${source}" does not parse: ${problem}` } : { source };
}
