/** Turns a condition expression into FEEL source, or says why it cannot be run (JavaScript, JUEL, bad syntax). */
import { evaluate } from 'feelin';
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

/** FEEL syntax errors throw in feelin while missing variables only warn, so evaluating on an empty context checks syntax alone. */
export function checkFeelSyntax(source: string): CompiledCondition {
  try {
    evaluate(source, {});
    return { source };
  } catch (error) {
    return { reason: `FEEL expression "${source}" does not parse: ${(error as Error).message}` };
  }
}
