// Cross-document entity coreference on MEANTIME (intra_cross-doc_annotation/): do the corpus resolver's entity
// keys group the named mentions of all documents as the annotators' cross-document entity instances do?
//
// Gold: every NAM mention of a PER, ORG or LOC entity that carries an instance_id, in the annotated part of its
// document; its cluster is the instance. System: the stored entity mentions of each document (the extractor as
// analysis runs it), resolved document by document, in corpus order (the folder's file order), by a fresh
// EntityResolver, as refresh does; a mention's cluster is its entity key.
//
// Alignment: a gold mention is scored only when a system mention matches it: same span, or, failing that, the
// system mention's span lies inside the gold one or contains it (extents differ on titles and determiners:
// "President Barack Obama" / "Barack Obama"), one of the gold mention's type first. Each system mention aligns with at most one gold mention, in text
// order. Gold mentions left unaligned are counted and reported, not scored: this measures the resolver, not
// the tagger's recall. Score: item-averaged B-cubed over the aligned mentions of all documents, beside the same
// score for the baseline that groups mentions by exact folded name and kind.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityMention, Sentence } from '../types.js';
import { EntityResolver, foldKey } from '../analyze/entities/index.js';
import { loadMeantime, namedGold, TYPE_OF_KIND, type MeantimeDoc } from './meantime.js';
import { bcubed, type BCubed } from './stories.js';

export interface CrossDocScores {
  documents: number;
  /** Gold named mentions with an instance, and how many of them a system mention aligned with. */
  goldMentions: number;
  aligned: number;
  /** Distinct gold instances among the aligned mentions, and distinct system keys. */
  goldEntities: number;
  systemEntities: number;
  resolver: BCubed;
  /** Exact folded name and kind as the key: what the resolver adds to plain string matching. */
  exactName: BCubed;
}

/** Loads the cross-document release folder: <root>/intra_cross-doc_annotation, or a folder of CAT XML files. */
export function loadCrossDoc(dir: string): MeantimeDoc[] {
  const cross = join(dir, 'intra_cross-doc_annotation');
  return loadMeantime(existsSync(cross) ? cross : dir);
}

type Extract = (text: string, sentences: Sentence[]) => EntityMention[];

/** Scores `extract` + a fresh resolver (see the protocol above) on MEANTIME documents with instance ids. */
export function scoreCrossDoc(docs: MeantimeDoc[], extract: Extract, makeResolver = (): EntityResolver => new EntityResolver()): CrossDocScores {
  const resolver = makeResolver();
  const gold: string[] = [];
  const system: string[] = [];
  const exact: string[] = [];
  let goldMentions = 0;
  for (const doc of docs) {
    const mentions = extract(doc.text, doc.sentences);
    const refs = resolver.resolveDocument(mentions);
    const golds = namedGold(doc).filter((g) => g.instance !== '' && g.start < doc.annotatedEnd)
      .sort((a, b) => a.start - b.start || a.end - b.end);
    goldMentions += golds.length;
    const used = new Uint8Array(mentions.length);
    const align = (same: (m: EntityMention) => boolean): number => mentions.findIndex((m, i) => !used[i] && same(m));
    for (const g of golds) {
      let i = align((m) => m.start === g.start && m.end === g.end);
      const nested = (m: EntityMention): boolean => (m.start >= g.start && m.end <= g.end) || (m.start <= g.start && m.end >= g.end);
      // An apposition's gold span holds two names ("Chrysler Chief Executive Robert Nardelli"): the one of the
      // gold mention's type is the mention of its entity.
      if (i < 0) i = align((m) => nested(m) && TYPE_OF_KIND[m.kind] === g.type);
      if (i < 0) i = align(nested);
      if (i < 0) continue;
      used[i] = 1;
      gold.push(g.instance);
      system.push(refs[i]!.key);
      exact.push(`${mentions[i]!.kind}:${foldKey(mentions[i]!.name)}`);
    }
  }
  return {
    documents: docs.length, goldMentions, aligned: gold.length, goldEntities: new Set(gold).size,
    systemEntities: new Set(system).size, resolver: bcubed(system, gold), exactName: bcubed(exact, gold),
  };
}
