/** Typed access to the bpmn-js services the studio and the viewers use, so no page passes service names around as strings. */
import type BaseViewer from 'bpmn-js/lib/BaseViewer';
import type Modeler from 'bpmn-js/lib/Modeler';
import type BpmnFactory from 'bpmn-js/lib/features/modeling/BpmnFactory';
import type Modeling from 'bpmn-js/lib/features/modeling/Modeling';
import type { Element } from 'bpmn-js/lib/model/Types';
import type CommandStack from 'diagram-js/lib/command/CommandStack';
import type Canvas from 'diagram-js/lib/core/Canvas';
import type ElementRegistry from 'diagram-js/lib/core/ElementRegistry';
import type Overlays from 'diagram-js/lib/features/overlays/Overlays';
import type Selection from 'diagram-js/lib/features/selection/Selection';

export type DiagramElement = Element;

export interface ViewerServices {
  canvas: Canvas;
  registry: ElementRegistry;
  overlays: Overlays;
  selection: Selection;
}

export interface ModelerServices extends ViewerServices {
  modeling: Modeling;
  commandStack: CommandStack;
  bpmnFactory: BpmnFactory;
}

export function viewerServices(diagram: BaseViewer): ViewerServices {
  return {
    canvas: diagram.get<Canvas>('canvas'),
    registry: diagram.get<ElementRegistry>('elementRegistry'),
    overlays: diagram.get<Overlays>('overlays'),
    selection: diagram.get<Selection>('selection'),
  };
}

export function modelerServices(modeler: Modeler): ModelerServices {
  return {
    ...viewerServices(modeler),
    modeling: modeler.get<Modeling>('modeling'),
    commandStack: modeler.get<CommandStack>('commandStack'),
    bpmnFactory: modeler.get<BpmnFactory>('bpmnFactory'),
  };
}

/** Fits the whole diagram into the visible canvas, centred, leaving `leftInset` pixels free (the modeler's palette sits there). */
export function fitDiagram(canvas: Canvas, leftInset = 0): void {
  // 'auto' centres the diagram; the type only admits a point.
  canvas.zoom('fit-viewport', 'auto' as unknown as undefined);
  const { inner, outer } = canvas.viewbox();
  if (!inner.width || !inner.height) return;
  const margin = 24;
  const scale = Math.min(1, (outer.width - leftInset - 2 * margin) / inner.width, (outer.height - 2 * margin) / inner.height);
  const freeWidth = outer.width - leftInset - inner.width * scale;
  const freeHeight = outer.height - inner.height * scale;
  canvas.viewbox({
    x: inner.x - (leftInset + freeWidth / 2) / scale,
    y: inner.y - freeHeight / 2 / scale,
    width: outer.width / scale,
    height: outer.height / scale,
  });
}

/** Scrolls the canvas to an element and selects it, when it is on the diagram. */
export function revealElement(services: ViewerServices, elementId: string): boolean {
  const element = services.registry.get(elementId);
  if (!element) return false;
  services.canvas.scrollToElement(element, 80);
  services.selection.select(element);
  return true;
}

/** The diagram element with this id; the registry's own type is too loose for the modeling calls. */
export function elementById(registry: ElementRegistry, elementId: string): DiagramElement | undefined {
  return registry.get(elementId) as DiagramElement | undefined;
}
