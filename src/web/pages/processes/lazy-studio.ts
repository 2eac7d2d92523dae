/** The studio and the read-only view, each in its own chunk: bpmn-js is downloaded only when a diagram is opened. */
import { lazy } from 'react';

export const LazyProcessStudio = lazy(() => import('../../studio/process-studio.tsx').then((module) => ({ default: module.ProcessStudio })));

export const LazyProcessView = lazy(() => import('../../studio/process-view.tsx').then((module) => ({ default: module.ProcessView })));
