// An editor's edit of a saved timeline: checked against the timeline as it is now (the date or sentence it
// names must be shown), then appended to the stored edits, which every rebuild applies again. Undo drops the
// latest edit.
import { linkable } from '../../render/common.js';
import type { Store } from '../../store/store.js';
import { periodBound } from '../../text/calendar.js';
import { ServiceError } from '../errors.js';
import { buildSaved, editsOf, now, savedRecord, type CuratedTimeline } from './build.js';
import type { EditRequest, FollowEdit } from './curate.js';

export interface EditOutcome {
  /** The edit in words ("hid 2023-03-15", "undid: pinned 2023-04-12"). */
  done: string;
  edits: number;
  timeline: CuratedTimeline;
}

/** Checks an entry date an editor types: YYYY-MM-DD, YYYY-MM or YYYY, and a real one. */
function checkDate(date: string, param: string): void {
  if (!/^\d{4}(-\d\d){0,2}$/.test(date) || periodBound(date) === undefined) {
    throw new ServiceError('invalid', `'${date}' is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)`, { param });
  }
}

function describe(e: EditRequest): string {
  switch (e.op) {
    case 'pin': return `pinned ${e.date}`;
    case 'hide': return `hid ${e.date}`;
    case 'hide-sentence': return `hid sentence ${e.key}`;
    case 'date': return `re-dated ${e.from} to ${e.to}`;
    case 'headline': return `set the headline of ${e.date}`;
    case 'add': return `added an entry on ${e.date}`;
    case 'merge': return `merged ${e.dates[1]} into ${e.dates[0]}`;
    case 'undo': return 'undid the latest edit';
  }
}

/** The parameter each edit is given by (the faces spell it as a flag or a field). */
const PARAM: Record<EditRequest['op'], string> = {
  pin: 'pin', hide: 'hide', 'hide-sentence': 'hideSentence', date: 'date', headline: 'headline', add: 'add',
  merge: 'merge', undo: 'undo',
};

export async function editFollow(store: Store, name: string, request: EditRequest): Promise<EditOutcome> {
  const r = await savedRecord(store, name);
  const edits = editsOf(r);
  const param = PARAM[request.op];
  if (request.op === 'undo') {
    const last = edits.pop();
    if (!last) throw new ServiceError('invalid', `'${name}' has no edit to undo`, { param });
    await store.saved.update(name, { edits: JSON.stringify(edits) });
    return { done: `undid: ${describe(last)}`, edits: edits.length, timeline: await buildSaved(store, r, edits) };
  }
  const current = await buildSaved(store, r, edits);
  const dates = current.entries.map((e) => e.date);
  const shown = (date: string): void => {
    if (!dates.includes(date)) {
      throw new ServiceError('invalid', `the timeline has no entry on ${date}; its dates are ${dates.join(', ')}`, { param });
    }
  };
  const edit: FollowEdit = { ...request, at: now() };
  switch (request.op) {
    case 'pin':
      shown(request.date);
      edit.entry = current.entries.find((e) => e.date === request.date)!;
      break;
    case 'hide':
      shown(request.date);
      break;
    case 'headline':
      shown(request.date);
      edit.entry = current.entries.find((e) => e.date === request.date)!;
      if (!request.text.trim()) throw new ServiceError('invalid', 'the headline is empty', { param });
      break;
    case 'date':
      shown(request.from);
      edit.entry = current.entries.find((e) => e.date === request.from)!;
      checkDate(request.to, param);
      break;
    case 'merge':
      if (request.dates[0] === request.dates[1]) throw new ServiceError('invalid', 'name two different dates', { param });
      shown(request.dates[0]);
      shown(request.dates[1]);
      break;
    case 'hide-sentence':
      if (!current.entries.some((e) => e.sentences.some((s) => s.key === request.key))) {
        throw new ServiceError('invalid', `no sentence of the timeline has the key '${request.key}' (the JSON format ` +
          'shows each sentence\'s key)', { param });
      }
      break;
    case 'add':
      checkDate(request.date, param);
      if (!request.text.trim()) throw new ServiceError('invalid', 'the entry\'s text is empty', { param: 'text' });
      if (!linkable(request.url)) {
        throw new ServiceError('invalid', `'${request.url}' is not a web address (http:// or https://)`, { param: 'url' });
      }
      break;
  }
  edits.push(edit);
  await store.saved.update(name, { edits: JSON.stringify(edits) });
  return { done: describe(request), edits: edits.length, timeline: await buildSaved(store, r, edits) };
}
