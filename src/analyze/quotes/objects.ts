// Whether what follows a cue is something said. A cue word is not enough: its object has to be speech.
//   An infinitive or a "to" phrase is an action ("refused to appoint one", "agreed to lend"), unless the verb
//     promises or threatens ("vowed to fight on": the commissives of the lexicon) or the infinitive is itself a
//     verb of saying ("continued to call for", "refused to endorse him").
//   Verbs of making, giving and sending ("issued", "offered", "expressed", "repeated", "posted") report words
//     only when their object is speech: a clause, a quotation, or a noun phrase whose words name an utterance, a
//     document or a stance ("issued a statement", "offered condolences", "expressed concern"). "Issued a final
//     settlement payment", "offered no concessions", "repeated at 0900 GMT" report no words.
//   A cue that opens straight onto "by" is a passive participle ("Posted by X", "a report issued by X"): the
//     phrase is its agent, not its words.
//   A refusal to speak ("declined to comment", "refused to say where") reports no words.
//   "Call" names someone by a name ("calling each other by their first names"): an address, not a statement.
import { COMMISSIVES, DOCUMENT_HEADS } from './lexicon.js';
import { CUE_WORDS } from './cues.js';

/** Every form of the verbs whose object decides whether words were reported. */
export const OBJECT_VERBS: ReadonlySet<string> = new Set(['issue', 'issued', 'issues', 'issuing', 'offer', 'offered', 'offers',
  'offering', 'give', 'gave', 'gives', 'giving', 'given', 'make', 'made', 'makes', 'making', 'release', 'released', 'releases',
  'releasing', 'post', 'posted', 'posts', 'posting', 'publish', 'published', 'publishes', 'publishing', 'present', 'presented',
  'presents', 'presenting', 'deliver', 'delivered', 'delivers', 'delivering', 'send', 'sent', 'sends', 'sending', 'express',
  'expressed', 'expresses', 'expressing', 'voice', 'voiced', 'voices', 'voicing', 'repeat', 'repeated', 'repeats', 'repeating',
  'continue', 'continued', 'continues', 'continuing', 'recognize', 'recognized', 'recognizes', 'recognizing', 'recognise',
  'recognised', 'recognises', 'recognising', 'unveil', 'unveiled', 'unveils', 'unveiling', 'display', 'displayed']);

/** Nouns that name an utterance or a stance (documents are DOCUMENT_HEADS): what a verb of giving may give as words. */
const SPEECH_NOUNS: ReadonlySet<string> = new Set([...DOCUMENT_HEADS,
  'warning', 'apology', 'comment', 'remark', 'denial', 'appeal', 'plea', 'call', 'demand', 'request', 'ultimatum',
  'advice', 'advisory', 'alert', 'guidance', 'recommendation', 'explanation', 'answer', 'response', 'reply',
  'retort', 'rebuttal', 'defense', 'defence', 'critique', 'criticism', 'rebuke', 'praise', 'endorsement',
  'assurance', 'reassurance', 'promise', 'pledge', 'vow', 'threat', 'claim', 'allegation', 'accusation',
  'declaration', 'announcement', 'proclamation', 'communique', 'communiqué', 'decree', 'verdict', 'judgment',
  'judgement', 'directive', 'instruction', 'update', 'briefing', 'testimony', 'version', 'detail', 'word',
  'congratulation', 'thank', 'tribute', 'welcome', 'condemnation', 'objection', 'protest', 'retraction',
  'correction', 'clarification', 'argument', 'point', 'case', 'suggestion', 'idea', 'estimate', 'forecast',
  'prediction', 'assessment', 'information', 'interview', 'essay', 'blog', 'phrase', 'term', 'slogan', 'question',
  'invitation', 'assertion', 'contention', 'insistence', 'view', 'opinion', 'perspective', 'position', 'stance',
  'line', 'theme', 'message', 'address', 'lecture', 'sermon', 'thought', 'prayer', 'greeting', 'condolence',
  'sympathy', 'concern', 'hope', 'optimism', 'pessimism', 'confidence', 'doubt', 'support', 'opposition', 'regret',
  'sorrow', 'sadness', 'anger', 'outrage', 'frustration', 'disappointment', 'dismay', 'surprise', 'shock', 'alarm',
  'fear', 'worry', 'satisfaction', 'gratitude', 'appreciation', 'solidarity', 'skepticism', 'scepticism',
  'reservation', 'misgiving', 'interest', 'willingness', 'readiness', 'desire', 'wish', 'determination',
  'commitment', 'intention', 'displeasure', 'disapproval', 'approval', 'relief', 'pride', 'admiration', 'unease',
  'caution', 'belief', 'feeling', 'confirmation', 'acknowledgement', 'acknowledgment', 'admission', 'offer',
  'proposal', 'plan', 'figure', 'projection', 'signal', 'paper', 'insight', 'draft', 'rule', 'regulation', 'list',
  'agenda', 'manifesto', 'policy', 'guideline', 'memorandum', 'dossier', 'brief', 'blueprint', 'outline', 'vision',
  'evaluation', 'description', 'preview', 'specific', 'rhetoric', 'attack', 'assault', 'onslaught', 'broadside',
  'tirade', 'diatribe', 'barrage', 'salvo', 'jab', 'swipe', 'insult', 'nickname', 'label', 'reminder', 'allegiance',
  'astonishment', 'discomfort', 'enthusiasm', 'discussion', 'photo', 'photograph', 'image', 'picture', 'cartoon',
  'injunction', 'warrant', 'subpoena', 'indictment', 'indignation', 'caveat', 'reason', 'alternative', 'solution',
  'irritation', 'annoyance', 'exasperation', 'impatience', 'fury', 'contempt', 'disgust', 'bewilderment',
  'amazement', 'delight', 'excitement', 'happiness', 'pleasure', 'tweet', 'retweet', 'status', 'pardon', 'veto']);

/** Words that end the object's noun phrase: what follows them qualifies it ("a warrant for his arrest"). */
const NP_END = new Set(['of', 'to', 'for', 'on', 'in', 'at', 'about', 'with', 'from', 'over', 'against', 'by', 'after',
  'before', 'during', 'into', 'as', 'along', 'across', 'amid', 'among', 'around', 'through', 'under', 'since', 'until',
  'toward', 'towards', 'via', 'regarding', 'concerning', 'that', 'which', 'who', 'whose', 'when', 'where', 'while',
  'but', 'than', 'because', 'if']);

/** "each other by their first names", "Obama by his first name": someone addressed by a name ("calls out companies by name" is a charge). */
const BY_NAME = /^(?:each other|one another|him|her|them|me|us|you|\p{Lu}\p{L}+(?:\s+\p{Lu}\p{L}+)?)\s+by\s+(?:(?:his|her|their|its|my|our|your|the)\s+)?(?:(?:first|last|given|full|nick)\s*)?names?\b/u;

/** A past participle: only it can be passive ('issued by', 'written by'). */
const PARTICIPLE = /(?:ed|en|wn|sent|made|said|told|written|given)$/;

/** Words (an abbreviation's stops inside it: 'U.S.') and the marks that end a phrase. */
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{N}'’-]|\.(?=\p{L}))*(?:(?<=\.\p{L})\.)?|[,;:.!?“”"—–()]/gu;

/** Verbs of refusing: what follows is words only when it names them ("declined an interview request" is none). */
const REFUSAL = /^(?:declin|refus)/;
/**
 * A refusal to speak says nothing ("declined to comment", "refused to say where they were", "declined comment");
 * "declined due to the downturn" is a fall, not a refusal.
 */
const NO_WORDS = /^(?:to\s+)?(?:comment|say|discuss|elaborate|speculate|answer|respond|confirm|disclose|reveal|specify|identify|name|talk|speak|give\s+details|provide\s+details|be\s+(?:interviewed|named|identified|quoted))\b/i;

/**
 * True when the words of a quote are not something said (see the header). `gap` is the text between the cue
 * and content after it, undefined for content before the cue; `opening` the content's first characters; `after`
 * what follows the cue.
 */
export function notSpeech(cue: string, direct: boolean, gap: string | undefined, opening: string, after = ''): boolean {
  if (direct) return false;
  // "Asked whether …, a spokesman declined to comment": words before a refusal to speak are no one's
  if (REFUSAL.test(cue) && NO_WORDS.test(after.trimStart())) return true;
  if (gap === undefined) return actionNotWords(cue, opening);
  // "responded by using the example": a gerund after "by" is the means, not an agent; "say by 55%" a margin
  if (PARTICIPLE.test(cue) && /^by\s/i.test(opening) && !/^by\s+\p{L}+ing\b/iu.test(opening) && gap.trim() === '') return true;
  if (/^call/.test(cue) && BY_NAME.test(opening)) return true;
  if (REFUSAL.test(cue) && (NO_WORDS.test(opening) || (!/^to\s/i.test(opening) && !speechObject(opening)))) return true;
  if (actionNotWords(cue, opening)) return true;
  if (!OBJECT_VERBS.has(cue) || /^to\s/i.test(opening)) return false;
  // a clause ("expressed hope that …", "repeated: …", "repeated what officials have said") is words whatever the verb
  if (/\bthat\b|[:“"]/.test(gap) || /^(?:what|how|why|whether|where|when|who)\s/i.test(opening)) return false;
  return !speechObject(opening);
}

/** True when a (lower-case) word names an utterance, a document or a stance: 'suggestions', 'concern', 'statement'. */
export function speechNoun(w: string): boolean {
  const singular = w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.endsWith('s') && !w.endsWith('ss') ? w.slice(0, -1) : w;
  // 'wishes', 'speeches': a plural in -es after a sibilant
  const sibilant = /(?:sh|ch|ss|x)es$/.test(w) ? w.slice(0, -2) : w;
  return SPEECH_NOUNS.has(w) || SPEECH_NOUNS.has(singular) || SPEECH_NOUNS.has(sibilant);
}

/** True when the noun phrase opening the content holds a word naming speech, a document or a stance. */
function speechObject(opening: string): boolean {
  if (/[“"]/.test(opening.slice(0, 60))) return true;
  let n = 0;
  for (const m of opening.matchAll(WORD)) {
    const w = m[0].toLowerCase();
    // "a list of endorsements", "threats and warnings", "a blunt, honest answer": the phrase goes on
    if (w === 'of' || w === 'and' || w === 'or') continue;
    if (/^[;:.!?“”"—–()]$/.test(w) || NP_END.has(w)) break;
    if (w === ',') continue;
    if (speechNoun(w)) return true;
    if (++n >= 8) break;
  }
  return false;
}

/**
 * An infinitive or a "to" phrase after the cue that is an action, not an utterance (see the header).
 */
function actionNotWords(cue: string, opening: string): boolean {
  if (COMMISSIVES.has(cue)) return false;
  const m = /^to\s+(\p{L}+)/iu.exec(opening);
  if (!m) return /^to\s/i.test(opening);
  const verb = m[1]!.toLowerCase();
  const stem = verb.endsWith('e') ? verb.slice(0, -1) : verb;
  return ![verb, `${verb}s`, `${verb}ed`, `${verb}d`, `${verb}ing`, `${stem}ing`].some((w) => CUE_WORDS.has(w));
}
