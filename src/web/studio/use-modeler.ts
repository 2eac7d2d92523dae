/** Creates the bpmn-js Modeler in a container, imports the diagram, and follows its lanes, selection and undo state. */
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn.css';
import Modeler from 'bpmn-js/lib/Modeler';
import { useEffect, useRef, useState, type RefObject } from 'react';
import { fitDiagram, modelerServices, type DiagramElement, type ModelerServices } from './diagram-services.ts';
import { readLanes, type LaneInfo } from './read-lanes.ts';

/** The palette of tools covers the canvas's left edge; fitting leaves it this much room. */
export const PALETTE_WIDTH = 120;

export interface ModelerState {
  modeler: Modeler | null;
  services: ModelerServices | null;
  /** Why the diagram could not be opened. */
  error: string | null;
  warnings: string[];
  lanes: LaneInfo[];
  selectedId: string | null;
  canUndo: boolean;
  canRedo: boolean;
  /** Grows with every change to the diagram, so views reading element names render again. */
  changeCount: number;
}

const INITIAL: ModelerState = {
  modeler: null,
  services: null,
  error: null,
  warnings: [],
  lanes: [],
  selectedId: null,
  canUndo: false,
  canRedo: false,
  changeCount: 0,
};

export function useModeler(container: RefObject<HTMLDivElement | null>, xml: string, onChange: () => void): ModelerState {
  const [state, setState] = useState<ModelerState>(INITIAL);
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    const element = container.current;
    if (!element) return;
    // Keyboard shortcuts (undo, redo, delete, zoom, ...) are bound to the canvas and work while it has focus.
    const modeler = new Modeler({ container: element, keyboard: { bind: true } });
    let cancelled = false;
    setState(INITIAL);

    modeler.importXML(xml).then(
      ({ warnings }) => {
        if (cancelled) return;
        const services = modelerServices(modeler);
        fitDiagram(services.canvas, PALETTE_WIDTH);
        const undoState = () => ({ canUndo: services.commandStack.canUndo(), canRedo: services.commandStack.canRedo() });
        modeler.on('commandStack.changed', () => {
          setState((current) => ({ ...current, ...undoState(), lanes: readLanes(services.registry), changeCount: current.changeCount + 1 }));
          onChangeRef.current();
        });
        modeler.on('selection.changed', (event: { newSelection: DiagramElement[] }) => {
          const [selected] = event.newSelection;
          // Selecting a label means its element: the step is the task, not the text under it.
          const target = selected?.type === 'label' ? (selected as DiagramElement & { labelTarget?: DiagramElement }).labelTarget : selected;
          const root = services.canvas.getRootElement();
          const selectedId = event.newSelection.length === 1 && target && target.id !== root.id ? target.id : null;
          setState((current) => (current.selectedId === selectedId ? current : { ...current, selectedId }));
        });
        setState({ ...INITIAL, modeler, services, warnings, lanes: readLanes(services.registry), ...undoState() });
      },
      (error: unknown) => {
        if (cancelled) return;
        setState({ ...INITIAL, error: error instanceof Error ? error.message : String(error) });
      },
    );

    return () => {
      cancelled = true;
      // Destroyed a moment later, so an autosave started on the way out can still read the diagram.
      setTimeout(() => modeler.destroy(), 0);
    };
  }, [container, xml]);

  return state;
}
