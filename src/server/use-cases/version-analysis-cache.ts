/**
 * Analyses of published versions by version id: a published version never changes, so it is read once (a few
 * milliseconds to tens for a large diagram) and kept. Bounded, least recently used first out. Drafts are never cached.
 */
import type { VersionAnalysis } from './analyze-version.ts';
import { analyzeVersion } from './analyze-version.ts';
import type { ProcessDocumentation } from '../../api/schemas/process-documentation.ts';

export interface AnalyzableVersion {
  id: number;
  status: 'draft' | 'published' | 'retired';
  xml: string;
  documentation: ProcessDocumentation;
}

export class VersionAnalysisCache {
  private readonly entries = new Map<number, Promise<VersionAnalysis>>();

  /** `handlerNames` gives the service handlers the server has, so a task naming another one is an error. */
  constructor(
    private readonly limit = 200,
    private readonly handlerNames?: () => readonly string[],
  ) {}

  analyze(version: AnalyzableVersion): Promise<VersionAnalysis> {
    if (version.status === 'draft') return analyzeVersion(version.xml, version.documentation, this.handlerNames?.());
    const cached = this.entries.get(version.id);
    if (cached) {
      this.entries.delete(version.id);
      this.entries.set(version.id, cached);
      return cached;
    }
    const analysis = analyzeVersion(version.xml, version.documentation, this.handlerNames?.());
    this.entries.set(version.id, analysis);
    analysis.catch(() => this.entries.delete(version.id));
    if (this.entries.size > this.limit) this.entries.delete(this.entries.keys().next().value!);
    return analysis;
  }

  get size(): number {
    return this.entries.size;
  }
}
