/**
 * Input at the HTTP edge is validated with zod; a bad request gets 400 and the list of problems
 * (`{ error, problems: [{ path, message }] }`).
 */
import type { Context } from 'hono';
import { z } from 'zod';

export const isoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date of the form YYYY-MM-DD');
export const limit = (max: number, fallback: number) =>
  z.coerce.number().int().min(1).max(max).default(fallback);
export const offset = z.coerce.number().int().min(0).default(0);

export const DOC_FILTER = {
  from: isoDay.optional(),
  to: isoDay.optional(),
  source: z.string().min(1).max(200).optional(),
  entity: z.string().min(1).max(200).optional(),
  limit: limit(100, 20),
  offset,
};

export interface Problem {
  path: string;
  message: string;
}

export function badRequest(c: Context, problems: Problem[]) {
  return c.json({ error: 'bad request', problems }, 400);
}

/** The query string parsed by a schema, or the problems. Unknown parameters are problems too. */
export function parseQuery<T extends z.ZodRawShape>(
  c: Context,
  shape: T,
): { ok: true; value: z.infer<z.ZodObject<T>> } | { ok: false; problems: Problem[] } {
  const result = z.strictObject(shape).safeParse(c.req.query());
  if (result.success) return { ok: true, value: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({ path: i.path.join('.') || '(query)', message: i.message })),
  };
}
