// Editorial actions over HTTP: POST /api/stories/:id/actions (flag, dismiss, merge, undo; JSON only), the story's
// own log at GET /api/stories/:id/actions, and the whole audit log, newest first, at GET /api/audit.
import { Hono, type Context } from 'hono';
import { z } from 'zod';
import { must } from '../invariant/index.ts';
import { deskOf, EditorialRefused, type EditorialDesk } from '../ledger/editorial.ts';
import type { Ledger } from '../ledger/types.ts';
import { ApiError } from './errors.ts';
import { mediaType } from './guard.ts';
import { declared, describe, jsonBody, noNul, pageSize, pathParam } from './input.ts';

// eslint-disable-next-line no-control-regex -- the control characters are what the check refuses
const CONTROL = /[\u0000-\u001f\u007f]/;
/** A name as a person gives it: one line, no control characters, short. */
const editorName = z
  .string()
  .trim()
  .min(1, 'is empty')
  .max(80, 'at most 80 characters')
  .refine((s) => !CONTROL.test(s), 'must be one line of text');

/** What every action may carry: a note, and who acts (else the header's editor, else "desk"). */
const byWhom = { note: z.string().max(2000).refine(noNul).optional(), editor: editorName.optional() };

const actionBody = z.discriminatedUnion(
  'action',
  [
    z.object({
      action: z.literal('flag'),
      ...byWhom,
    }),
    z.object({
      action: z.literal('dismiss'),
      ...byWhom,
    }),
    z.object({
      action: z.literal('merge'),
      into: z.string().min(1).max(500).refine(noNul),
      ...byWhom,
    }),
    z.object({
      action: z.literal('undo'),
      undoes: z.number().int().positive(),
      ...byWhom,
    }),
  ],
  { error: () => 'action: must be "flag", "dismiss", "merge" or "undo"' },
);

const auditQuery = z.object({
  limit: pageSize(500).optional(),
  before: z
    .string()
    .regex(/^\d{1,9}$/)
    .transform(Number)
    .optional(),
});

/** GET /audit: `?limit=&before=`, one message for either. */
const auditInput = declared<{ query?: Partial<Record<'limit' | 'before', string>> }>()('query', (c) => {
  const parsed = auditQuery.safeParse(c.req.query());
  if (!parsed.success)
    throw new ApiError(400, 'bad-query', 'limit: a whole number 1–500; before: the seq of an action');
  return parsed.data;
});

/** POST …/actions: JSON only, from every client: an action is never a form post or a raw text body. */
const actionInput = declared<{ json?: z.input<typeof actionBody> }>()('json', async (c) => {
  const type = mediaType(c);
  if (type !== 'application/json')
    throw new ApiError(415, 'unsupported-media-type', 'send the action as application/json');
  const parsed = actionBody.safeParse(await jsonBody(c));
  if (!parsed.success) throw new ApiError(400, 'bad-action', describe(parsed.error));
  return parsed.data;
});

export function desk(ledger: Ledger): EditorialDesk {
  const found = deskOf(ledger);
  if (!found) throw new ApiError(501, 'no-desk', 'this ledger keeps no editorial log');
  return found;
}

/** Who acts: the body's `editor`, else the X-Rumourmill-Editor header, else "desk". */
function editorOf(c: Context, given: string | undefined): string {
  if (given) return given;
  const header = c.req.header('x-rumourmill-editor');
  if (header === undefined || header.trim() === '') return 'desk';
  const parsed = editorName.safeParse(header);
  if (!parsed.success)
    throw new ApiError(400, 'bad-editor', `X-Rumourmill-Editor: ${parsed.error.issues[0]?.message ?? 'invalid'}`);
  return parsed.data;
}

/** The routes, for the API to mount on its own Hono (its 405 handling sees them there). */
export function editorialRoutes(ledger: Ledger) {
  const act = async (c: Context, about: 'story' | 'entity', a: z.output<typeof actionBody>) => {
    try {
      const action = await desk(ledger).act({
        kind: a.action,
        about,
        subject: pathParam(c, 'id'),
        editor: editorOf(c, a.editor),
        note: a.note?.trim() || null,
        ...(a.action === 'merge' ? { into: a.into } : {}),
        ...(a.action === 'undo' ? { undoes: a.undoes } : {}),
      });
      return c.json({ action }, 201);
    } catch (error) {
      if (error instanceof EditorialRefused)
        throw new ApiError(
          error.status,
          error.status === 404 ? 'not-found' : error.status === 409 ? 'conflict' : 'bad-action',
          error.message,
        );
      throw error;
    }
  };
  /** One story's or entity's own actions, oldest first. */
  const ownLog = async (c: Context) => c.json({ actions: await desk(ledger).log({ subject: pathParam(c, 'id') }) });
  return (
    new Hono()
      .post('/stories/:id/actions', actionInput, async (c) => act(c, 'story', c.req.valid('json')))
      // Entities can be merged (and the merge undone): "Hailey Baldwin Bieber" into "Hailey Bieber".
      .post('/entities/:id/actions', actionInput, async (c) => act(c, 'entity', c.req.valid('json')))
      .get('/entities/:id/actions', ownLog)
      .get('/stories/:id/actions', ownLog)
      .get('/audit', auditInput, async (c) => {
        const query = c.req.valid('query');
        const limit = query.limit ?? 100;
        const actions = await desk(ledger).log({ limit: limit + 1, before: query.before });
        const page = actions.slice(0, limit);
        // What each story is about, so a reader of the log sees names, not ids.
        const ids = (about: string) =>
          page.filter((a) => a.about === about).flatMap((a) => (a.target ? [a.subject, a.target] : [a.subject]));
        const briefs = await desk(ledger).briefs(ids('story'));
        const entities = await desk(ledger).entityNames(ids('entity'));
        return c.json({
          actions: page,
          next: actions.length > limit ? String(must(page.at(-1), 'a page cut at limit ≥ 1 is not empty').seq) : null,
          stories: Object.fromEntries(briefs.map((b) => [b.id, b])),
          entities,
        });
      })
  );
}
