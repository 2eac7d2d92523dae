/** Names the browser tab after the page, so screen reader users hear where a navigation led. */
import { useEffect } from 'react';

export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} · Swimlane` : 'Swimlane';
  }, [title]);
}
