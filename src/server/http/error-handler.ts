/** Maps every error to the catalogue's shape in one place; a 5xx never shows its internals to the client. */
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors } from 'fastify-type-provider-zod';
import { isAppError } from '../../api/app-error.ts';
import { ERROR_CATALOGUE, type ErrorBody, type ErrorCode } from '../../api/error-catalogue.ts';

/** A zod issue as fastify-type-provider-zod hands it over. */
interface ValidationIssue {
  keyword?: string;
  instancePath?: string;
  message: string;
  params?: { keys?: string[] };
}

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'BODY_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'VALIDATION_FAILED',
};

/** Fastify's errors about the URL itself, raised before routing and handed over through `frameworkErrors`. */
const URL_ERRORS = new Set(['FST_ERR_BAD_URL', 'FST_ERR_MAX_PARAM_LENGTH']);

export function errorBody(code: ErrorCode, message?: string, field?: string, details?: Record<string, unknown>): ErrorBody {
  const error: ErrorBody['error'] = { code, message: message ?? ERROR_CATALOGUE[code].message };
  if (field) error.field = field;
  if (details) error.details = details;
  return { error };
}

/** Names the first problem: "password must be at least 10 characters". */
export function describeIssue(issue: ValidationIssue, context: string | undefined): { field: string; message: string } {
  const pathParts = (issue.instancePath ?? '').split('/').filter(Boolean);
  const unknownKeys = issue.params?.keys;
  if (issue.keyword === 'unrecognized_keys' && unknownKeys?.length) {
    // An empty key ("": 1) is named as written, so the answer still says which field is wrong.
    const field = [...pathParts, unknownKeys[0] || '""'].join('.');
    return { field, message: `${field} is not a known field` };
  }
  const field = pathParts.length ? pathParts.join('.') : (context ?? 'body');
  const message = /^(must|is|are) /.test(issue.message) ? `${field} ${issue.message}` : `${field}: ${issue.message}`;
  return { field, message };
}

export function handleError(error: FastifyError, request: FastifyRequest, reply: FastifyReply): FastifyReply {
  if (isAppError(error)) {
    if (error.code === 'TOO_MANY_ATTEMPTS' && typeof error.details?.retryAfterSeconds === 'number') {
      reply.header('retry-after', String(error.details.retryAfterSeconds));
    }
    return reply.code(error.status).send(errorBody(error.code, error.message, error.field, error.details));
  }
  if (hasZodFastifySchemaValidationErrors(error)) {
    const issues = error.validation as unknown as ValidationIssue[];
    const first = issues[0] ?? { message: 'is not valid' };
    const { field, message } = describeIssue(first, error.validationContext);
    const problems = issues.map((issue) => describeIssue(issue, error.validationContext));
    return reply.code(400).send(errorBody('VALIDATION_FAILED', message, field, { in: error.validationContext ?? 'body', problems }));
  }
  const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
  if (mapped) return reply.code(ERROR_CATALOGUE[mapped].status).send(errorBody(mapped, undefined, mapped === 'INVALID_JSON' ? 'body' : undefined));
  const status = error.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    // Fastify's own client errors (e.g. a poisoned __proto__ key, a malformed %-escape in the path): keep the status, use our shape.
    return reply.code(status).send(errorBody('VALIDATION_FAILED', error.message, URL_ERRORS.has(error.code) ? 'path' : 'body'));
  }
  request.log.error({ err: error }, 'request failed');
  return reply.code(500).send(errorBody('INTERNAL'));
}
