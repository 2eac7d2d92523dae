/** The run's diagram in its own chunk: bpmn-js is downloaded only when a run page opens. */
import { lazy } from 'react';

export const LazyRunDiagram = lazy(() => import('../../studio/run-diagram.tsx').then((module) => ({ default: module.RunDiagram })));
