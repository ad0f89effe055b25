// /api/follow: saved timelines as `chronicle follow` and `chronicle timeline --saved` offer them. Create, list,
// show, delete; view (with what is new since a moment) in every format; one edit per POST; export. Saved
// timelines are built on the server's thread: each names one story, far smaller than an open-ended request.
import { Type, type Static } from '@sinclair/typebox';
import type { FastifyInstance, FastifyReply } from 'fastify';
import {
  createFollow, deleteFollow, editFollow, EXPORT_FORMATS, exportFollow, listFollows, RENDER_FORMATS, RENDER_MEDIA,
  refreshSavedTimelines, showFollow, viewSaved, type EditRequest, type RenderFormat,
  type TimelineRequest,
} from '../../service/index.js';
import type { ServerContext } from '../context.js';
import { badRequest } from '../errors.js';
import { DateParam, ERRORS, MethodParam, periodBound, stringEnum, Text } from '../params.js';
import { FollowCreated, FollowEdited, FollowSummary } from '../schemas.js';

const closed = { additionalProperties: false } as const;

const NameParams = Type.Object({ name: Text(80, 'the saved timeline\'s name') });

const CreateBody = Type.Object({
  name: Text(80, 'the name to follow it by (letters, digits, spaces, . _ -)'),
  query: Type.Optional(Text(500, 'what the timeline is about')),
  entity: Type.Optional(Text(200, 'only sentences about this person, organisation or place')),
  story: Type.Optional(Type.Integer({ minimum: 1, description: 'only articles of this story (see /api/stories)' })),
  source: Type.Optional(Text(200, 'only articles from this source (see /api/sources)')),
  from: Type.Optional(DateParam),
  to: Type.Optional(DateParam),
  dates: Type.Optional(Type.Integer({ minimum: 1, maximum: 500 })),
  perDate: Type.Optional(Type.Integer({ minimum: 1, maximum: 50 })),
  method: Type.Optional(MethodParam),
}, closed);

const ViewQuery = Type.Object({
  format: Type.Optional(stringEnum(RENDER_FORMATS, { default: 'json' })),
  since: Type.Optional(Text(40, "mark what is new since a date (YYYY-MM-DD) or 'last-view'")),
}, closed);

const ExportQuery = Type.Object({
  format: Type.Optional(stringEnum(EXPORT_FORMATS, { default: 'json' })),
  download: Type.Optional(Type.Boolean({ default: false, description: 'ask the browser to save the reply as a file' })),
}, closed);

const EDIT_OPS = ['pin', 'hide', 'hide-sentence', 'date', 'headline', 'add', 'merge', 'undo'] as const;

const EditBody = Type.Object({
  op: stringEnum(EDIT_OPS),
  date: Type.Optional(Text(10, 'the entry\'s date (pin, hide, headline, add)')),
  key: Type.Optional(Text(100, 'the sentence\'s key (hide-sentence; see the json format)')),
  from: Type.Optional(Text(10, 'the entry\'s date now (date)')),
  to: Type.Optional(Text(10, 'its new date (date)')),
  text: Type.Optional(Text(2000, 'the headline (headline) or the entry\'s text (add)')),
  url: Type.Optional(Text(2000, 'the source of an added entry (add)')),
  dates: Type.Optional(Type.Array(Text(10), { minItems: 2, maxItems: 2, description: 'the two entries (merge)' })),
}, closed);

type EditBody = Static<typeof EditBody>;

/** The edit a body asks for; a field the operation needs and lacks is a 400 naming it. */
export function editRequestOf(b: EditBody): EditRequest {
  const need = (field: keyof EditBody): string => {
    const v = b[field];
    if (typeof v !== 'string') throw badRequest(`'${field}' is required for the edit '${b.op}'`);
    return v;
  };
  switch (b.op) {
    case 'pin': case 'hide': return { op: b.op, date: need('date') };
    case 'hide-sentence': return { op: b.op, key: need('key') };
    case 'date': return { op: b.op, from: need('from'), to: need('to') };
    case 'headline': return { op: b.op, date: need('date'), text: need('text') };
    case 'add': return { op: b.op, date: need('date'), text: need('text'), url: need('url') };
    case 'merge':
      if (!b.dates) throw badRequest("'dates' is required for the edit 'merge'");
      return { op: b.op, dates: [b.dates[0]!, b.dates[1]!] };
    case 'undo': return { op: 'undo' };
  }
}

function definitionOf(b: Static<typeof CreateBody>): TimelineRequest {
  const from = periodBound(b.from, 'from');
  const to = periodBound(b.to, 'to', true);
  const { name: _name, from: _from, to: _to, ...rest } = b;
  return { ...rest, method: b.method ?? 'datewise', ...(from ? { from } : {}), ...(to ? { to } : {}) };
}

function sendRendered(reply: FastifyReply, format: RenderFormat, body: string): FastifyReply {
  return reply.type(RENDER_MEDIA[format].type).serializer((s: unknown) => s as string).send(body);
}

export function registerFollowRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const { store } = ctx;

  app.get('/api/follow', {
    schema: { summary: 'Saved timelines with their entry and unread counts', response: { 200: Type.Array(FollowSummary), ...ERRORS } },
  }, async () => {
    await refreshSavedTimelines(store);
    return listFollows(store);
  });

  app.post<{ Body: Static<typeof CreateBody> }>('/api/follow', {
    schema: { summary: 'Save a timeline definition under a name (the options of /api/timeline)', body: CreateBody,
      response: { 201: FollowCreated, ...ERRORS } },
  }, async (request, reply) => {
    const made = await createFollow(store, request.body.name, definitionOf(request.body));
    return reply.code(201).send({ name: request.body.name, ...made });
  });

  app.get<{ Params: Static<typeof NameParams> }>('/api/follow/:name', {
    schema: { summary: 'A saved timeline\'s definition, counts and edits', params: NameParams,
      response: { 200: FollowSummary, ...ERRORS } },
  }, async (request) => {
    await refreshSavedTimelines(store);
    return showFollow(store, request.params.name);
  });

  app.delete<{ Params: Static<typeof NameParams> }>('/api/follow/:name', {
    schema: { summary: 'Delete a saved timeline and its edits', params: NameParams, response: { 204: Type.Null(), ...ERRORS } },
  }, async (request, reply) => {
    await deleteFollow(store, request.params.name);
    return reply.code(204).send();
  });

  app.get<{ Params: Static<typeof NameParams>; Querystring: Static<typeof ViewQuery> }>('/api/follow/:name/timeline', {
    schema: { summary: 'A saved timeline with its edits applied, marked new/changed/unchanged with `since`',
      params: NameParams, querystring: ViewQuery },
  }, async (request, reply) => {
    const format = request.query.format ?? 'json';
    const view = await viewSaved(store, request.params.name, format, request.query.since);
    return sendRendered(reply, format, view.rendered);
  });

  app.post<{ Params: Static<typeof NameParams>; Body: EditBody }>('/api/follow/:name/edit', {
    schema: { summary: 'One curation edit (pin, hide, hide-sentence, date, headline, add, merge, undo), kept across rebuilds',
      params: NameParams, body: EditBody, response: { 200: FollowEdited, ...ERRORS } },
  }, async (request) => editFollow(store, request.params.name, editRequestOf(request.body)));

  app.get<{ Params: Static<typeof NameParams>; Querystring: Static<typeof ExportQuery> }>('/api/follow/:name/export', {
    schema: { summary: 'A saved timeline for publication, with headlines, sources and edits', params: NameParams,
      querystring: ExportQuery },
  }, async (request, reply) => {
    const format = request.query.format ?? 'json';
    const out = await exportFollow(store, request.params.name, format);
    if (request.query.download) {
      reply.header('Content-Disposition', `attachment; filename="timeline.${RENDER_MEDIA[format].extension}"`);
    }
    return sendRendered(reply, format, out.rendered);
  });
}
