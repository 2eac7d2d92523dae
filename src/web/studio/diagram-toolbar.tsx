/** Buttons for what the diagram's keyboard shortcuts also do: undo, redo, zoom in and out, fit; and the list of shortcuts. */
import { fitDiagram, type ViewerServices } from './diagram-services.ts';

export interface DiagramToolbarProps {
  services: ViewerServices | null;
  /** Present in the modeler only. */
  undo?: { canUndo: boolean; canRedo: boolean; onUndo: () => void; onRedo: () => void };
  label?: string;
  /** Pixels on the left the diagram should not be fitted under, e.g. the modeler's palette. */
  fitInset?: number;
}

export function DiagramToolbar({ services, undo, label = 'Diagram', fitInset = 0 }: DiagramToolbarProps) {
  function zoom(factor: number) {
    if (!services) return;
    const { canvas } = services;
    const viewbox = canvas.viewbox();
    // Zooms around the middle of what is visible, as the keyboard shortcut does.
    canvas.zoom(Math.min(4, Math.max(0.2, canvas.zoom() * factor)), { x: viewbox.x + viewbox.width / 2, y: viewbox.y + viewbox.height / 2 });
  }

  return (
    <div role="toolbar" aria-label={`${label} tools`} className="diagram-toolbar">
      {undo && (
        <>
          <button type="button" onClick={undo.onUndo} disabled={!undo.canUndo} title="Undo (Ctrl+Z)">
            Undo
          </button>
          <button type="button" onClick={undo.onRedo} disabled={!undo.canRedo} title="Redo (Ctrl+Y)">
            Redo
          </button>
          <span className="toolbar-separator" aria-hidden="true" />
        </>
      )}
      <button type="button" onClick={() => zoom(1.25)} disabled={!services} aria-label="Zoom in" title="Zoom in (Ctrl +)">
        +
      </button>
      <button type="button" onClick={() => zoom(0.8)} disabled={!services} aria-label="Zoom out" title="Zoom out (Ctrl −)">
        −
      </button>
      <button type="button" onClick={() => services && fitDiagram(services.canvas, fitInset)} disabled={!services} title="Fit the diagram (Ctrl 0 resets)">
        Fit
      </button>
      {undo && (
        <details className="shortcuts">
          <summary>Keyboard shortcuts</summary>
          <div className="shortcuts-body">
            <p className="field-hint">Click the diagram (or tab to it) first.</p>
            <dl className="details">
              <dt>Ctrl+Z / Ctrl+Y</dt>
              <dd>Undo / redo</dd>
              <dt>Ctrl+A</dt>
              <dd>Select everything</dd>
              <dt>Delete</dt>
              <dd>Remove the selection</dd>
              <dt>E</dt>
              <dd>Edit the selected label</dd>
              <dt>A / N</dt>
              <dd>Append / create an element</dd>
              <dt>R</dt>
              <dd>Replace (change the type)</dd>
              <dt>C</dt>
              <dd>Connect</dd>
              <dt>H, L, S</dt>
              <dd>Hand, lasso, space tool</dd>
              <dt>Ctrl+F</dt>
              <dd>Find an element</dd>
              <dt>Ctrl+C / Ctrl+V</dt>
              <dd>Copy / paste</dd>
              <dt>Arrows</dt>
              <dd>Move the selection</dd>
              <dt>Ctrl+arrows</dt>
              <dd>Move the canvas</dd>
              <dt>Ctrl + / Ctrl − / Ctrl 0</dt>
              <dd>Zoom in / out / reset</dd>
            </dl>
          </div>
        </details>
      )}
    </div>
  );
}
