/** Finds a FEEL syntax error with feelin's parser alone: an expression is never evaluated to check it, so a heavy one cannot stall the server. */
import { parseExpression } from 'feelin';

/** The problem, in words, or undefined when the expression parses. */
export function findFeelSyntaxError(source: string): string | undefined {
  if (source.trim() === '') return 'the expression is empty';
  const cursor = parseExpression(source, {}, undefined).cursor();
  do {
    if (cursor.type.isError) {
      const near = source.slice(cursor.from, cursor.from + 20);
      return near ? `it does not parse near "${near}" (character ${cursor.from + 1})` : 'it ends too early';
    }
  } while (cursor.next());
  return undefined;
}
