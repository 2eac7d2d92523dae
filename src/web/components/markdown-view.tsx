/** Renders markdown written by members as sanitized HTML, so instructions and scripts can hold no script or event handler. */
import DOMPurify from 'dompurify';
import { Marked } from 'marked';
import { useMemo } from 'react';

export interface MarkdownViewProps {
  markdown: string;
  /** Shown when there is nothing to render. */
  empty?: string;
  className?: string;
  /** Lowers the markdown's headings, so a "# Title" inside a page section does not become a second page title. */
  headingOffset?: number;
}

export function MarkdownView({ markdown, empty = 'Nothing written yet.', className, headingOffset = 0 }: MarkdownViewProps) {
  const html = useMemo(() => renderMarkdown(markdown, headingOffset), [markdown, headingOffset]);
  if (!markdown.trim()) return <p className="muted">{empty}</p>;
  return <div className={['markdown', className].filter(Boolean).join(' ')} dangerouslySetInnerHTML={{ __html: html }} />;
}

export function renderMarkdown(markdown: string, headingOffset = 0): string {
  const marked = new Marked({
    gfm: true,
    breaks: true,
    walkTokens(token) {
      if (token.type === 'heading') token.depth = Math.min(6, token.depth + headingOffset);
    },
  });
  return DOMPurify.sanitize(marked.parse(markdown, { async: false }));
}
