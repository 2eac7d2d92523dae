/**
 * Tells live inboxes which teams' tasks changed. Every transition of a run, claims and releases included, appends to
 * run_history, whoever made it (a person, a timer, another server process), so one poll per server process of the
 * history's newest id finds every change without a message bus; it polls only while someone listens. On PostgreSQL
 * ids can commit slightly out of order, so each poll looks back a little further than the last id it saw: telling a
 * team twice only makes its inboxes reload once more.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../store/tables.ts';

/** Teams whose tasks changed, by organization. */
export type TaskChange = ReadonlyMap<number, ReadonlySet<number>>;
export type TaskChangeListener = (change: TaskChange) => void;

const LOOK_BACK_IDS = 200;

export class TaskChangeFeed {
  private readonly listeners = new Set<TaskChangeListener>();
  private lastId: number | null = null;
  private timer: NodeJS.Timeout | undefined;
  private polling: Promise<void> = Promise.resolve();

  constructor(
    private readonly db: Kysely<Database>,
    private readonly intervalMs = 1000,
    private readonly onError: (error: unknown) => void = () => undefined,
  ) {}

  subscribe(listener: TaskChangeListener): () => void {
    this.listeners.add(listener);
    if (!this.timer) this.schedule();
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size === 0) this.stop();
    };
  }

  /** How many listen now. */
  get listenerCount(): number {
    return this.listeners.size;
  }

  /** One poll: reads what changed since the last one and tells the listeners (tests call it instead of waiting). */
  async poll(): Promise<void> {
    const row = await this.db.selectFrom('run_history').select((eb) => eb.fn.max('id').as('id')).executeTakeFirst();
    const newest = row?.id === null || row?.id === undefined ? 0 : Number(row.id);
    const previous = this.lastId;
    this.lastId = newest;
    if (previous === null || newest === previous) return;
    const rows = await this.db
      .selectFrom('run_history')
      .innerJoin('runs', 'runs.id', 'run_history.run_id')
      .select(['runs.organization_id', 'runs.team_id'])
      .distinct()
      .where('run_history.id', '>', Math.max(0, previous - LOOK_BACK_IDS))
      .execute();
    const change = new Map<number, Set<number>>();
    for (const { organization_id, team_id } of rows) {
      const teams = change.get(organization_id) ?? new Set<number>();
      teams.add(team_id);
      change.set(organization_id, teams);
    }
    for (const listener of this.listeners) listener(change);
  }

  stop(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
    this.lastId = null;
  }

  /** Waits for a poll in progress (at shutdown). */
  async close(): Promise<void> {
    this.listeners.clear();
    this.stop();
    await this.polling;
  }

  private schedule(): void {
    this.timer = setTimeout(() => {
      this.polling = this.poll()
        .catch(this.onError)
        .finally(() => {
          if (this.listeners.size > 0) this.schedule();
          else this.timer = undefined;
        });
    }, this.intervalMs);
    this.timer.unref();
  }
}
