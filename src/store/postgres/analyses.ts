// Writing analyses on PostgreSQL in a fixed number of statements per call, whatever the number of articles,
// mentions and quotes: each table gets one multi-row INSERT built from parallel arrays (unnest); an analysis is
// kept as on SQLite (store/docCodec.ts), compressed by the client. One statement
// per mention and per quote cost more server and client CPU than the analysis itself (21.5 ms per article).
import { createHash } from 'node:crypto';
import type pg from 'pg';
import { encodeDoc } from '../docCodec.js';
import type { AnalysisItem, EntityRef } from '../store.js';
import { speakerRefs } from '../rows.js';
import { addMentions, takeMentions, writeMentionRecords } from './entities.js';

/**
 * Replaces the stored analyses of `items` on `c`, inside the caller's transaction. The caller holds the
 * analysis lock: entity upserts from two transactions in different key orders could otherwise deadlock.
 */
export async function writeAnalyses(c: pg.ClientBase, items: AnalysisItem[]): Promise<void> {
  if (items.length === 0) return;
  const ids = items.map((x) => x.articleId);
  const moved = await takeMentions(c, ids);
  for (const table of ['mentions', 'quotes']) {
    await c.query(`DELETE FROM ${table} WHERE article_id = ANY($1::bigint[])`, [ids]);
  }
  // The stored text's digest tells whether the analysed text is the article's (packDoc leaves it out then)
  // without sending the texts back.
  const digests = await c.query<{ id: string; digest: string }>(
    'SELECT id, md5(text) AS digest FROM articles WHERE id = ANY($1::bigint[])', [ids]);
  const stored = new Map(digests.rows.map((r) => [Number(r.id), r.digest]));
  await c.query(`INSERT INTO analyses(article_id, version, packed)
    SELECT * FROM unnest($1::bigint[], $2::int[], $3::bytea[])
    ON CONFLICT (article_id) DO UPDATE SET version = excluded.version, doc = NULL, packed = excluded.packed`,
  [ids, items.map((x) => x.version), items.map(({ articleId, doc }) =>
    encodeDoc(doc, stored.get(articleId) === md5(doc.text) ? doc.text : undefined))]);
  await writeTimelineRecords(c, items, ids);
  const entityIds = await upsertEntities(c, items);
  await writeMentions(c, items, entityIds);
  await addMentions(c, ids, moved);
  await writeMentionRecords(c, items, ids);
  await writeQuotes(c, items);
}

function md5(text: string): string {
  return createHash('md5').update(text, 'utf8').digest('hex');
}

/** Replaces the items' timeline records; an analysis saved without one drops the old record, which no longer fits. */
async function writeTimelineRecords(c: pg.ClientBase, items: AnalysisItem[], ids: number[]): Promise<void> {
  await c.query('DELETE FROM timeline_records WHERE article_id = ANY($1::bigint[])', [ids]);
  const recorded = items.filter((x) => x.timelineRecord);
  if (recorded.length === 0) return;
  await c.query(`INSERT INTO timeline_records(article_id, data) SELECT * FROM unnest($1::bigint[], $2::bytea[])`,
    [recorded.map((x) => x.articleId), recorded.map((x) => {
      const r = x.timelineRecord!;
      return Buffer.from(r.buffer, r.byteOffset, r.byteLength);
    })]);
}

/**
 * Upserts every entity the items refer to, once per key, in order of first reference (so ids grow as they did
 * one statement at a time); the first reference's name wins. Returns key → id.
 */
async function upsertEntities(c: pg.ClientBase, items: AnalysisItem[]): Promise<Map<string, number>> {
  const first = new Map<string, EntityRef>();
  for (const { entityRefs } of items) {
    for (const ref of entityRefs) if (ref && !first.has(ref.key)) first.set(ref.key, ref);
  }
  const out = new Map<string, number>();
  if (first.size === 0) return out;
  const refs = [...first.values()];
  // An entity whose name is unchanged is not rewritten (most of a batch's entities are known ones): its id is
  // read from the snapshot the statement started with, where it already was.
  const r = await c.query<{ id: string; key: string }>(`WITH u AS (
      SELECT * FROM unnest($1::text[], $2::text[], $3::text[]) WITH ORDINALITY AS u(key, kind, name, n)),
    written AS (INSERT INTO entities(key, kind, name) SELECT u.key, u.kind, u.name FROM u ORDER BY u.n
      ON CONFLICT (key) DO UPDATE SET name = excluded.name WHERE entities.name IS DISTINCT FROM excluded.name
      RETURNING id, key)
    SELECT id, key FROM written
    UNION ALL SELECT e.id, e.key FROM entities e JOIN u ON u.key = e.key
      WHERE NOT EXISTS (SELECT 1 FROM written w WHERE w.key = u.key)`,
  [refs.map((x) => x.key), refs.map((x) => x.kind), refs.map((x) => x.name)]);
  for (const row of r.rows) out.set(row.key, Number(row.id));
  return out;
}

async function writeMentions(c: pg.ClientBase, items: AnalysisItem[], entityIds: Map<string, number>):
  Promise<void> {
  const entity: number[] = [];
  const article: number[] = [];
  const start: number[] = [];
  const end: number[] = [];
  const text: string[] = [];
  for (const { articleId, doc, entityRefs } of items) {
    doc.entities.forEach((m, i) => {
      const ref = entityRefs[i];
      const id = ref ? entityIds.get(ref.key) : undefined;
      if (id === undefined) return;
      entity.push(id);
      article.push(articleId);
      start.push(m.start);
      end.push(m.end);
      text.push(m.text);
    });
  }
  if (entity.length === 0) return;
  await c.query(`INSERT INTO mentions(entity_id, article_id, start_offset, end_offset, text)
    SELECT * FROM unnest($1::bigint[], $2::bigint[], $3::int[], $4::int[], $5::text[])`,
  [entity, article, start, end, text]);
}

async function writeQuotes(c: pg.ClientBase, items: AnalysisItem[]): Promise<void> {
  const cols = {
    article: [] as number[], speaker: [] as (string | null)[], speakerText: [] as (string | null)[],
    cue: [] as (string | null)[], text: [] as string[], start: [] as number[], end: [] as number[],
    direct: [] as boolean[], saidOn: [] as (string | null)[], speakerKey: [] as (string | null)[],
  };
  for (const { articleId, doc, entityRefs } of items) {
    const speakers = speakerRefs(doc, entityRefs);
    for (const [i, q] of doc.quotes.entries()) {
      cols.speakerKey.push(speakers[i]?.key ?? null);
      cols.article.push(articleId);
      cols.speaker.push(q.speaker ?? null);
      cols.speakerText.push(q.speakerText ?? null);
      cols.cue.push(q.cue ?? null);
      cols.text.push(q.text);
      cols.start.push(q.start);
      cols.end.push(q.end);
      cols.direct.push(q.direct);
      cols.saidOn.push(q.saidOn ?? null);
    }
  }
  if (cols.article.length === 0) return;
  // The speaker's entity (speakerRefs) was stored with this call's mentions: it is looked up by its key.
  await c.query(`INSERT INTO quotes(article_id, speaker_entity_id, speaker, speaker_text, cue, text,
      start_offset, end_offset, direct, said_on)
    SELECT q.article_id, (SELECT e.id FROM entities e WHERE e.key = q.speaker_key),
      q.speaker, q.speaker_text, q.cue, q.text, q.start_offset, q.end_offset, q.direct, q.said_on
    FROM unnest($1::bigint[], $2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::int[],
      $8::boolean[], $9::text[], $10::text[]) WITH ORDINALITY
      AS q(article_id, speaker, speaker_text, cue, text, start_offset, end_offset, direct, said_on, speaker_key, n)
    ORDER BY q.n`,
  [cols.article, cols.speaker, cols.speakerText, cols.cue, cols.text, cols.start, cols.end, cols.direct,
    cols.saidOn, cols.speakerKey]);
}
