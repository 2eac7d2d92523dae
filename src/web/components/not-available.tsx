/** An honest empty state for a part of Swimlane that this version does not have yet. */
import type { ReactNode } from 'react';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

export interface NotAvailableProps {
  title: string;
  /** One sentence on what the page is for. */
  summary: string;
  /** What the page will show, as a list of short items. */
  children: ReactNode;
}

export function NotAvailable({ title, summary, children }: NotAvailableProps) {
  useDocumentTitle(title);
  return (
    <section aria-labelledby="page-title">
      <h1 id="page-title">{title}</h1>
      <p className="lead">{summary}</p>
      <div className="empty-state">
        <p>
          <strong>Not available yet in this version.</strong> Nothing is shown here until it is built: this page will
          never show sample or made-up data.
        </p>
        <h2>What will be here</h2>
        <ul>{children}</ul>
      </div>
    </section>
  );
}
