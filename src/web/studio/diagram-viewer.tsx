/** A read-only, navigable diagram (pan, zoom, select): for VAs, published versions and the visual diff. */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';
import { useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { DiagramToolbar } from './diagram-toolbar.tsx';
import { fitDiagram, revealElement, viewerServices, type DiagramElement, type ViewerServices } from './diagram-services.ts';

export interface DiagramViewerHandle {
  reveal: (elementId: string) => boolean;
}

export interface DiagramViewerProps {
  xml: string;
  /** Names the diagram for screen readers and its toolbar, e.g. "Version 3". */
  label: string;
  /** Called once the diagram is drawn, e.g. to colour a diff on it. */
  onReady?: (services: ViewerServices, viewer: NavigatedViewer) => void;
  onSelect?: (elementId: string | null) => void;
  ref?: Ref<DiagramViewerHandle>;
  className?: string;
}

export function DiagramViewer({ xml, label, onReady, onSelect, ref, className }: DiagramViewerProps) {
  const container = useRef<HTMLDivElement>(null);
  const [services, setServices] = useState<ViewerServices | null>(null);
  const [error, setError] = useState<string | null>(null);
  const callbacks = useRef({ onReady, onSelect });
  callbacks.current = { onReady, onSelect };

  useImperativeHandle(ref, () => ({ reveal: (elementId: string) => (services ? revealElement(services, elementId) : false) }), [services]);

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const viewer = new NavigatedViewer({ container: element });
    let cancelled = false;
    setServices(null);
    setError(null);
    viewer.importXML(xml).then(
      () => {
        if (cancelled) return;
        const found = viewerServices(viewer);
        fitDiagram(found.canvas);
        viewer.on('selection.changed', (event: { newSelection: DiagramElement[] }) => {
          const [selected] = event.newSelection;
          const target = selected?.type === 'label' ? (selected as DiagramElement & { labelTarget?: DiagramElement }).labelTarget : selected;
          const root = found.canvas.getRootElement();
          callbacks.current.onSelect?.(target && target.id !== root.id ? target.id : null);
        });
        callbacks.current.onReady?.(found, viewer);
        setServices(found);
      },
      (caught: unknown) => {
        if (!cancelled) setError(caught instanceof Error ? caught.message : String(caught));
      },
    );
    return () => {
      cancelled = true;
      viewer.destroy();
    };
  }, [xml]);

  return (
    <div className={['diagram-viewer', className].filter(Boolean).join(' ')}>
      <DiagramToolbar services={services} label={label} />
      {error && (
        <p role="alert" className="alert alert-error">
          The diagram could not be shown: {error}
        </p>
      )}
      <div ref={container} className="diagram-viewer-canvas" role="region" aria-label={`Diagram: ${label}`} />
    </div>
  );
}
