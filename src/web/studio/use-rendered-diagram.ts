/** Draws a diagram off screen once, and returns it as SVG with its outline (steps per role in flow order), for printing. */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import Viewer from 'bpmn-js/lib/Viewer';
import { useEffect, useState } from 'react';
import { viewerServices } from './diagram-services.ts';
import { readOutline, type ProcessOutline } from './read-outline.ts';

export interface RenderedDiagram {
  svg: string | null;
  outline: ProcessOutline | null;
  error: string | null;
}

export function useRenderedDiagram(xml: string | null): RenderedDiagram {
  const [rendered, setRendered] = useState<RenderedDiagram>({ svg: null, outline: null, error: null });

  useEffect(() => {
    if (!xml) return;
    // Text is measured while drawing, so the container must be in the document, though nobody sees it.
    const host = document.createElement('div');
    host.style.cssText = 'position:absolute;left:-10000px;top:0;width:1200px;height:800px;visibility:hidden';
    document.body.append(host);
    const viewer = new Viewer({ container: host });
    let cancelled = false;
    viewer
      .importXML(xml)
      .then(async () => {
        const outline = readOutline(viewerServices(viewer).registry);
        const { svg } = await viewer.saveSVG();
        if (!cancelled) setRendered({ svg, outline, error: null });
      })
      .catch((caught: unknown) => {
        if (!cancelled) setRendered({ svg: null, outline: null, error: caught instanceof Error ? caught.message : String(caught) });
      });
    return () => {
      cancelled = true;
      viewer.destroy();
      host.remove();
    };
  }, [xml]);

  return rendered;
}
