/** Tasks of runs: my inbox and my teams', one task, and claim, release, reassign and complete. */
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CompleteTaskBody, CompleteTaskResult, ReassignTaskBody, Task, TaskList, TaskParams, TaskQuery } from '../../api/schemas/runs.ts';
import { findTask, listTasks } from '../../store/repositories/tasks.ts';
import { ANY_MEMBER, WORKERS } from '../auth/access.ts';
import { claimTask } from '../use-cases/claim-task.ts';
import { completeTask } from '../use-cases/complete-task.ts';
import { findVisibleRun } from '../use-cases/find-visible-run.ts';
import { findVisibleTask } from '../use-cases/find-visible-task.ts';
import { findVisibleTeam } from '../use-cases/find-visible-team.ts';
import { listVisibleTeamIds } from '../use-cases/list-visible-team-ids.ts';
import { readRunDetail } from '../use-cases/read-run-detail.ts';
import { reassignTask } from '../use-cases/reassign-task.ts';
import { releaseTask } from '../use-cases/release-task.ts';
import { taskToResponse } from './run-responses.ts';

export async function registerTaskRoutes(fastify: FastifyInstance): Promise<void> {
  const app = fastify.withTypeProvider<ZodTypeProvider>();
  const { db } = app.store;

  const readTask = async (organizationId: number, taskId: number) => taskToResponse((await findTask(db, organizationId, taskId))!);

  app.get(
    '/api/tasks',
    {
      schema: { tags: ['tasks'], summary: 'Tasks I may see: by team, by run, mine only (mine=true), by status (active = open or claimed); newest first', querystring: TaskQuery, response: { 200: TaskList } },
      config: { access: ANY_MEMBER },
    },
    async (request) => {
      const principal = request.principal!;
      const { teamId, runId, mine, status, before, limit } = request.query;
      if (teamId !== undefined) await findVisibleTeam(db, principal, teamId);
      if (runId !== undefined) await findVisibleRun(db, principal, runId);
      const teamIds = await listVisibleTeamIds(db, principal);
      const tasks = await listTasks(db, principal.organizationId, {
        teamIds,
        teamId,
        runId,
        assigneeUserId: mine === 'true' ? principal.userId : undefined,
        status: status ?? 'active',
        before,
        limit,
      });
      return { tasks: tasks.map(taskToResponse) };
    },
  );

  app.get(
    '/api/tasks/:taskId',
    { schema: { tags: ['tasks'], summary: 'One task', params: TaskParams, response: { 200: Task } }, config: { access: ANY_MEMBER } },
    async (request) => taskToResponse(await findVisibleTask(db, request.principal!, request.params.taskId)),
  );

  app.post(
    '/api/tasks/:taskId/claim',
    { schema: { tags: ['tasks'], summary: "Take an open task from its role's pool (409 TASK_ALREADY_CLAIMED when someone has it)", params: TaskParams, response: { 200: Task } }, config: { access: WORKERS } },
    async (request) => {
      const principal = request.principal!;
      await claimTask(app.runner, principal, request.params.taskId);
      return readTask(principal.organizationId, request.params.taskId);
    },
  );

  app.post(
    '/api/tasks/:taskId/release',
    { schema: { tags: ['tasks'], summary: "Put a claimed task back in its role's pool", params: TaskParams, response: { 200: Task } }, config: { access: WORKERS } },
    async (request) => {
      const principal = request.principal!;
      await releaseTask(app.runner, principal, request.params.taskId);
      return readTask(principal.organizationId, request.params.taskId);
    },
  );

  app.post(
    '/api/tasks/:taskId/reassign',
    { schema: { tags: ['tasks'], summary: "Give a task to another member of its run's team", params: TaskParams, body: ReassignTaskBody, response: { 200: Task } }, config: { access: WORKERS } },
    async (request) => {
      const principal = request.principal!;
      await reassignTask(app.runner, principal, request.params.taskId, request.body.userId);
      return readTask(principal.organizationId, request.params.taskId);
    },
  );

  app.post(
    '/api/tasks/:taskId/complete',
    {
      schema: {
        tags: ['tasks'],
        summary: 'Complete a task with its output variables and move the run on (409 RUN_CHANGED when someone else changed the run at the same moment)',
        params: TaskParams,
        body: CompleteTaskBody,
        response: { 200: CompleteTaskResult },
      },
      config: { access: WORKERS },
    },
    async (request) => {
      const principal = request.principal!;
      const { runId } = await completeTask(app.runner, principal, request.params.taskId, request.body.variables);
      return { task: await readTask(principal.organizationId, request.params.taskId), run: await readRunDetail(db, principal.organizationId, runId) };
    },
  );
}
