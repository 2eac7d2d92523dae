/** Checks documentation against the API's schema in the browser, so a mistake shows next to its field before any save. */
import { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';

/** Each problem by its path, e.g. "tools.0.url" -> "Must be a web address". */
export type DocumentationIssues = ReadonlyMap<string, string>;

export function documentationIssues(documentation: unknown): DocumentationIssues {
  const result = ProcessDocumentation.safeParse(documentation);
  const issues = new Map<string, string>();
  if (result.success) return issues;
  for (const issue of result.error.issues) {
    const path = issue.path.map(String).join('.');
    if (!issues.has(path)) issues.set(path, issue.message.charAt(0).toUpperCase() + issue.message.slice(1));
  }
  return issues;
}
