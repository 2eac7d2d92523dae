/** The engine's public surface: `advance` and the types of its state, commands and effects. */
export { advance, type AdvanceResult } from './advance.ts';
export type { Command } from './command.ts';
export type { Effect, HistoryEntry } from './effect.ts';
export { EngineError, type EngineErrorCode } from './engine-error.ts';
export type { Incident, RunState, RunStatus, ScheduledTimer, Subscription, Token, Variables, WaitingTask } from './run-state.ts';
