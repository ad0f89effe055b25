// Closed word lists the attribution rules use. Cue verbs themselves are learned (cues.ts); these are the
// grammatical words around them, written by hand.

/** Auxiliaries and adverbs that may stand between a speaker and the cue: "X has also said". */
export const CUE_PREFIX = new Set([
  'has', 'have', 'had', 'also', 'later', 'then', 'previously', 'once', 'again', 'will', 'would', 'did', 'does', 'do',
  'had', 'earlier', 'first', 'since', 'still', 'further', 'too', 'just', 'even', 'never', 'often', 'not', 'recently',
  'repeatedly', 'publicly', 'privately', 'famously', 'reportedly', 'flatly', 'openly', 'quickly', 'previously',
  'separately', 'subsequently', 'shall', 'could', 'may', 'might', 'can', 'must', 'should', 'already', 'frequently',
  'now', 'long', 'consistently', 'initially', 'originally', 'always', 'usually', 'both', 'all', 'however', 'therefore',
  'instead', 'meanwhile', 'twice', 'nonetheless', 'nevertheless', 'ultimately', 'finally', 'simply', 'actually', 'specifically',
]);

/** Passive auxiliaries: "was said to", "is expected" are not attributions by the subject. */
export const PASSIVE_AUX = new Set(['is', 'was', 'were', 'are', 'be', 'been', 'being', "'s", '’s']);

/** Words that end a noun phrase when walking left from a cue. */
export const NP_BOUNDARY = new Set([
  'that', 'which', 'who', 'whom', 'whose', 'and', 'but', 'or', 'nor', 'because', 'while', 'when', 'where', 'if',
  'as', 'than', 'so', 'though', 'although', 'after', 'before', 'since', 'until', 'unless', 'whether', 'what', 'why',
  'how', 'is', 'was', 'were', 'are', 'be', 'been', 'to', 'said', 'says', 'say', 'told', 'also', 'has', 'have', 'had',
  'in', 'on', 'at', 'with', 'for', 'from', 'about', 'into', 'during', 'against', 'over', 'under', 'then', 'yet',
  'will', 'would', 'could', 'should', 'can', 'may', 'might', 'must', 'did', 'does', 'do', 'not', 'even', 'just',
  'there', 'here', 'now', 'meanwhile', 'however', 'instead', 'later', 'still', 'once', 'again',
]);

/** Function words that may sit inside a noun phrase ("the head of the agency") and are walked over. */
export const NP_INNER = new Set(['of', 'the', 'a', 'an', 'for', 'at', 'in', 'on', 'from', 'by', 'with']);

export const PRONOUNS = new Map<string, 'PERSON' | 'ORG' | 'GROUP'>([
  ['he', 'PERSON'], ['she', 'PERSON'], ['it', 'ORG'], ['they', 'GROUP'], ['we', 'GROUP'], ['i', 'PERSON'],
]);

/** Heads of noun phrases that name an organisation: "the department added" → the ORG named earlier. */
export const ORG_HEADS = new Set([
  'department', 'ministry', 'agency', 'company', 'campaign', 'government', 'committee', 'office', 'organization',
  'organisation', 'group', 'firm', 'party', 'commission', 'council', 'administration', 'police', 'court', 'bank',
  'union', 'association', 'network', 'newspaper', 'paper', 'service', 'board', 'foundation', 'institute',
  'university', 'embassy', 'bureau', 'corporation', 'army', 'military', 'coalition', 'team', 'center', 'centre',
  'authority', 'regulator', 'airline', 'club', 'school', 'hospital', 'league', 'federation', 'consulate', 'force',
  'senate', 'house', 'legislature', 'parliament', 'cabinet', 'white house', 'kremlin', 'pentagon', 'website', 'site',
  'magazine', 'outlet', 'publication', 'station', 'channel', 'fund', 'media', 'press',
  // a country speaking through its government: "the country insisted", "many European countries agreed"
  'country', 'nation', 'state', 'republic', 'kingdom',
]);

/** Heads of noun phrases that name a document: "a statement from X said" speaks for X; "the report said" for no one. */
export const DOCUMENT_HEADS = new Set([
  'statement', 'report', 'summary', 'release', 'study', 'letter', 'memo', 'document', 'poll', 'survey', 'analysis',
  'email', 'tweet', 'post', 'filing', 'complaint', 'lawsuit', 'ad', 'advertisement', 'video', 'book', 'article', 'story',
  'editorial', 'review', 'audit', 'transcript', 'readout', 'communique', 'notice', 'ruling', 'decision', 'order',
  // records and figures that state findings: "according to federal data", "the polling shows"
  'data', 'statistics', 'figures', 'numbers', 'estimates', 'records', 'record', 'database', 'research', 'results',
  'findings', 'polling', 'polls', 'surveys', 'studies', 'reports', 'journal', 'account', 'message', 'speech', 'remarks',
  'interview', 'op-ed', 'clip', 'spot', 'slide', 'footage', 'memoir', 'petition', 'website', 'page', 'guidelines',
  // what PolNeAR annotators take as sources on train: averages and tallies of polls, plans, filings, columns
  'average', 'averages', 'tally', 'count', 'note', 'opinion', 'plan', 'proposal', 'bill', 'platform', 'affidavit', 'column',
  'evidence', 'excerpts', 'returns', 'projection', 'projections', 'calculations', 'disclosure', 'biography', 'profile',
  'headline', 'missive', 'schedule', 'index', 'audio', 'text', 'texts', 'standards',
]);

/** Heads of noun phrases that name one person by role: "the spokesman said" → the PERSON named earlier. */
export const PERSON_HEADS = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'minister', 'diplomat', 'president', 'senator', 'candidate',
  'nominee', 'governor', 'secretary', 'chairman', 'chairwoman', 'chair', 'director', 'leader', 'ambassador',
  'lawyer', 'attorney', 'mayor', 'premier', 'chancellor', 'manager', 'aide', 'adviser', 'advisor', 'professor',
  'analyst', 'congressman', 'congresswoman', 'representative', 'judge', 'ceo', 'executive', 'founder', 'chief',
  'businessman', 'businesswoman', 'billionaire', 'mogul', 'pollster', 'strategist', 'economist', 'officer',
  'commissioner', 'prosecutor', 'sheriff', 'coach', 'host', 'author', 'writer', 'columnist', 'reporter', 'man',
  'woman', 'politician', 'lawmaker', 'legislator', 'democrat', 'republican', 'frontrunner', 'incumbent', 'challenger',
  'nominee', 'envoy', 'counterpart', 'official', 'owner', 'head', 'king', 'queen', 'prince', 'pope', 'emperor',
]);

/** Words after a cue that introduce its content. */
export const CONTENT_INTRO = new Set(['that', ':']);

/** Time and place adjuncts that may follow a cue before the content: "said on Thursday that". */
export const ADJUNCT_WORDS = new Set([
  'on', 'in', 'at', 'during', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'yesterday', 'today', 'tonight', 'earlier', 'later', 'recently', 'last', 'this', 'week', 'month', 'year',
  'morning', 'afternoon', 'evening', 'night', 'statement', 'a', 'an', 'the', 'interview', 'told', 'also',
]);

/** Words after which a "that" further on no longer introduces the content: the content clause has begun. */
export const CLAUSE_BEGUN = new Set(['he', 'she', 'it', 'they', 'we', 'i', 'you', 'is', 'was', 'are', 'were', 'has', 'have',
  'had', 'will', 'would', 'can', 'could', 'should', 'must', 'may', 'might', 'does', 'did', 'do']);

/** Pronouns that can be the subject of a cue: 'he said'. */
export const PRONOUN_SUBJECTS = new Set(['he', 'she', 'they', 'we', 'i', 'it']);

/**
 * Words the learned cue table holds that do not introduce speech in English: nouns and adjectives that sit next
 * to reported words ("criticism", "eager"), verbs of seeming and expecting ("appeared", "is expected"), and verbs
 * of action whose object is no utterance ("charged the two men", "pushed back", "sought", "named").
 */
export const NOT_SPEECH = new Set([
  // nouns
  'criticism', 'assertion', 'contention', 'admission', 'assumption', 'assurances', 'suggestion', 'insistence',
  'indignation', 'critic', 'defender', 'proponent', 'rulings', 'referendums', 'rebuttal', 'metaphor', 'madness',
  'footage', 'prose', 'blueprints', 'plot', 'fondness', 'inclination', 'reluctance', 'reservations', 'scorn',
  'chatter', 'doubts', 'references', 'fingers', 'chants', 'queries', 'jab', 'swipes', 'counts',
  // adjectives
  'quick', 'supportive', 'eager', 'keen', 'adamant', 'outspoken', 'unhappy', 'thrilled', 'startled', 'outraged',
  'dismayed', 'enamored', 'rigid', 'unimaginable', 'unapologetic', 'piercing', 'rousing', 'impassioned', 'titled',
  'mounting', 'convinced',
  // seeming, expecting, perceiving
  'seemed', 'seems', 'appeared', 'appears', 'known', 'expected', 'expecting', 'sounded', 'spotted', 'displayed',
  // actions
  'pushed', 'charged', 'sought', 'seeks', 'supported', 'nominated', 'named', 'ordered',
  'listed', 'ruled', 'restricting', 'voided', 'avoided', 'withdrew', 'renamed', 'revised', 'shored', 'lining',
  'pivoted', 'opted', 'aiming', 'pressing', 'focuses', 'ticked', 'winking', 'championed', 'angered', 'rattled',
  'persuaded', 'convince', 'misled', 'liked', 'disliked', 'preferred', 'prefers', 'prefer', 'opposed', 'oppose',
  'promoted', 'promotes', 'resisted', 'revered', 'relishing', 'reveling', 'brushed', 'balked', 'distanced', 'lays',
  'paints', 'pitches', 'tackles', 'underplays', 'acquiesced', 'hailed', 'dubbed', 'labeled', 'billed', 'deemed',
]);

/**
 * Verbs of finding and showing: they attribute only a clause ("the study found that …", "polls show that …"),
 * not an object ("found guilty", "showed the way").
 */
export const CLAUSE_ONLY = new Set(['found', 'finds', 'shows', 'showed', 'shown', 'sees', 'learned', 'realized', 'identified']);

/**
 * Verbs of believing, fearing and showing, by family: not speech, but an attribution of a stance a journalist
 * lists too ("who believes what"), and PolNeAR annotates them so. They are cues only with a clause after them
 * (cues.ts) and a source that can speak (canSpeak.ts). Each family was kept only when it raised pairs F1 on
 * both PolNeAR dev and train; "hope/want" and "know/feel" lowered one of them (their clauses are more often
 * wishes or plain facts than an attributed claim) and are not cues.
 */
export const STANCE_FAMILIES: Readonly<Record<string, readonly string[]>> = {
  belief: ['think', 'thinks', 'thought', 'believe', 'believes', 'believed'],
  fear: ['fear', 'fears', 'feared', 'worry', 'worries', 'worried', 'expect', 'expects'],
  evidence: ['show', 'shows', 'showed', 'suggest', 'suggests', 'indicate', 'indicates', 'found', 'finds'],
};

/** Past participles of the irregular stance verbs: "is thought to", "was felt" are passives. */
export const IRREGULAR_PARTICIPLES = new Set(['thought', 'felt', 'known', 'shown', 'found', 'seen', 'told', 'written']);

/** Verbs of promising and threatening: their infinitive is what was promised ("vowed to fight on"), so it is words. */
export const COMMISSIVES = new Set(['vowed', 'vow', 'vows', 'vowing', 'promised', 'promise', 'promises', 'promising',
  'pledged', 'pledge', 'pledges', 'pledging', 'threatened', 'threaten', 'threatens', 'threatening', 'swore', 'vowing']);
