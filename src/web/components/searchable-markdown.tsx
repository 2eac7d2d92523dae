/** Rendered markdown with a find box: every match is highlighted and counted, and Enter jumps to the next one. */
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { renderMarkdown } from './markdown-view.tsx';

export interface SearchableMarkdownProps {
  markdown: string;
  /** Names the find box, e.g. "Find in the script". */
  findLabel: string;
  empty?: string;
  /** Lowers the markdown's headings below the page's own (see MarkdownView). */
  headingOffset?: number;
}

export function SearchableMarkdown({ markdown, findLabel, empty = 'Nothing written yet.', headingOffset = 0 }: SearchableMarkdownProps) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [current, setCurrent] = useState(0);
  const body = useRef<HTMLDivElement>(null);
  const { html, count } = useMemo(() => highlight(renderMarkdown(markdown, headingOffset), query.trim()), [markdown, query, headingOffset]);

  useEffect(() => setCurrent(0), [query]);
  useEffect(() => {
    const marks = body.current?.querySelectorAll('mark') ?? [];
    marks.forEach((mark, index) => mark.classList.toggle('current-match', index === current));
    marks[current]?.scrollIntoView({ block: 'nearest' });
  }, [html, current]);

  return (
    <div className="searchable">
      <div className="find-bar">
        <label htmlFor={id}>{findLabel}</label>
        <input
          id={id}
          type="search"
          value={query}
          onChange={(event) => setQuery(event.target.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && count > 0) {
              event.preventDefault();
              setCurrent((index) => (event.shiftKey ? (index - 1 + count) % count : (index + 1) % count));
            }
          }}
          aria-describedby={`${id}-count`}
        />
        <span id={`${id}-count`} role="status" className="field-hint">
          {query.trim() ? (count === 0 ? 'No match' : `${Math.min(current + 1, count)} of ${count} ${count === 1 ? 'match' : 'matches'}`) : ''}
        </span>
      </div>
      {markdown.trim() ? <div ref={body} className="markdown readable" dangerouslySetInnerHTML={{ __html: html }} /> : <p className="muted">{empty}</p>}
    </div>
  );
}

/** Wraps each case-insensitive occurrence of the query in the text of sanitized HTML in a <mark>, leaving tags alone. */
function highlight(html: string, query: string): { html: string; count: number } {
  if (!query) return { html, count: 0 };
  const template = document.createElement('template');
  template.innerHTML = html;
  const walker = document.createTreeWalker(template.content, NodeFilter.SHOW_TEXT);
  const texts: Text[] = [];
  while (walker.nextNode()) texts.push(walker.currentNode as Text);
  const needle = query.toLowerCase();
  let count = 0;
  for (const text of texts) {
    const value = text.data;
    const lower = value.toLowerCase();
    let from = 0;
    let at = lower.indexOf(needle);
    if (at < 0) continue;
    const fragment = document.createDocumentFragment();
    while (at >= 0) {
      fragment.append(value.slice(from, at));
      const mark = document.createElement('mark');
      mark.textContent = value.slice(at, at + needle.length);
      fragment.append(mark);
      count += 1;
      from = at + needle.length;
      at = lower.indexOf(needle, from);
    }
    fragment.append(value.slice(from));
    text.replaceWith(fragment);
  }
  return { html: template.innerHTML, count };
}
