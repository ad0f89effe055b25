import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RULES } from '../../src/clean/index.js';

/** The text each named rule sets aside in `text`. */
function found(rule: string, text: string): string[] {
  const r = RULES.find((x) => x.name === rule);
  assert.ok(r, `no rule ${rule}`);
  return r.find(text).map(([s, e]) => text.slice(s, e));
}

const NEWS = 'Egyptian President Hosni Mubarak stepped down on Friday after 18 days of protests, the vice president said.\n' +
  'Comments by the minister on 3 June 2010 at a press conference were widely reported.';

test('every rule leaves plain news sentences alone', () => {
  for (const r of RULES) assert.deepEqual(r.find(NEWS), [], r.name);
});

test('last-updated: BBC page stamps, with the server error and Help link', () => {
  assert.deepEqual(found('last-updated', 'Page last updated at 11:51 GMT, Friday, 29 January 2010 (an error occurred while ' +
    'processing this directive) Wyclef Jean was born in Haiti.'),
  ['Page last updated at 11:51 GMT, Friday, 29 January 2010 (an error occurred while processing this directive)']);
  assert.deepEqual(found('last-updated', '24 June 2010 Last updated at 14:59 GMT Help A year on from the death'),
    ['24 June 2010 Last updated at 14:59 GMT Help']);
});

test('date-clock-stamp: a page date with clock and zone, also between headline and body', () => {
  assert.deepEqual(found('date-clock-stamp', 'BP survival fears as cost soars Monday 14 June 2010 21.52 BST The board of BP met.'),
    ['Monday 14 June 2010 21.52 BST']);
  assert.deepEqual(found('date-clock-stamp', 'Robin Lustig | 16:21 UK time, Friday, 2 March 2012 Here is a question'),
    ['| 16:21 UK time, Friday, 2 March 2012']);
  assert.deepEqual(found('date-clock-stamp', 'U.S. warns of civil war in Libya TRIPOLI | Tue Mar 29, 2011 7:12 pm EDT TRIPOLI (Reuters) - Gaddafi'),
    ['TRIPOLI | Tue Mar 29, 2011 7:12 pm EDT']);
  assert.deepEqual(found('date-clock-stamp', '15 February 12 22:17 GMT Syrian President Bashar al-Assad has decreed'),
    ['15 February 12 22:17 GMT']);
});

test('byline: run into the body after a bar', () => {
  assert.deepEqual(found('byline', 'Revolution leads to Mubarak\'s ouster February 11, 2011 | By the CNN Staff The protesters'),
    ['February 11, 2011 | By the CNN Staff']);
  assert.deepEqual(found('byline', 'By the CNN Wire Staff Main opposition party, the Muslim Brotherhood, says 149 members are arrested'),
    ['By the CNN Wire Staff']);
  assert.deepEqual(found('byline', 'The talks failed.\nBy the Associated Press Writers The ship sank.'), ['By the Associated Press Writers']);
  // Not a credit: an opening "By" that names no staff.
  assert.deepEqual(found('byline', 'By Monday, US officials said the rebels had taken the town.'), []);
  assert.deepEqual(found('byline', 'By the time police arrived, the staff had left.'), []);
});

test('video-caption: a listed video\'s title, running time and date; its description stays', () => {
  assert.deepEqual(found('video-caption', 'Jon Decker, Reuters.\nClinton warns of Libya civil war (1:23) Mar 1 - Secretary of State ' +
    'Hillary Clinton is warning that Libya could descend into civil war.'), ['Clinton warns of Libya civil war (1:23) Mar 1 - ']);
  assert.deepEqual(found('video-caption', 'The meeting (of 1:30 hours) ended on March 1 - a Tuesday.'), []);
});

test('update-stamp: live-blog entry stamps at a line start', () => {
  assert.deepEqual(found('update-stamp', '(Update 9:45 p.m. Cairo, 2:45 p.m. ET) Egypt\'s health minister said 611 were hurt.'),
    ['(Update 9:45 p.m. Cairo, 2:45 p.m. ET)']);
  assert.deepEqual(found('update-stamp', '(Updated 5:31 p.m. (0031 in Egypt)) Mubarak spoke.'), ['(Updated 5:31 p.m. (0031 in Egypt))']);
  assert.deepEqual(found('update-stamp', 'LIBYA, 5:29 p.m. ET, 12:29 a.m. local: Saif al-Islam spoke.'),
    ['LIBYA, 5:29 p.m. ET, 12:29 a.m. local:']);
  assert.deepEqual(found('update-stamp', 'Video of the speech: (8:48 a.m. ET, 2:28 p.m. in Libya) The government decided.'),
    ['(8:48 a.m. ET, 2:28 p.m. in Libya)']);
});

test('comment-thread: from the first of several reader-comment marks to the end; one mark alone is cut out', () => {
  const text = 'The ship sank.\nMarch 26, 2011 at 11:39 am | Reply America and England are alike.\nI agree.\n' +
    'March 26, 2011 at 12:02 pm | Reply No.';
  assert.deepEqual(found('comment-thread', text), [text.slice(text.indexOf('March'))]);
  assert.deepEqual(found('comment-thread', 'At 12:46 pm on 10 Jun 2010, TonyP wrote: The US reputation is damaged.'),
    ['At 12:46 pm on 10 Jun 2010, TonyP wrote:']);
});

test('poll-widget, station-id, promo, photo-credit, editors-note', () => {
  assert.deepEqual(found('poll-widget', 'YES | NO Egyptian President Hosni Mubarak stepped down.'), ['YES | NO']);
  assert.deepEqual(found('station-id', 'From CNN Center, this is CNN SUNDAY MORNING. It is 7 a.m.'),
    ['From CNN Center, this is CNN SUNDAY MORNING.']);
  assert.deepEqual(found('promo', 'The hunt went on. Watch AC360 at 8 & 10 p.m. ET.'), ['Watch AC360 at 8 & 10 p.m. ET.']);
  assert.deepEqual(found('promo', 'Share your images and videos of the scene.'), ['Share your images and videos of the scene.']);
  assert.deepEqual(found('promo', 'Follow the rebels, he said.'), []);
  assert.deepEqual(found('promo', 'The rebels held the town. And for the latest on Libya, tune in to "AC360" at 10 p.m. ET Thursday on CNN.'),
    ['And for the latest on Libya, tune in to "AC360" at 10 p.m. ET Thursday on CNN.']);
  assert.deepEqual(found('photo-credit', 'Photograph: Staff/Reuters Hopes of a quick fix were dashed.'), ['Photograph: Staff/Reuters']);
  assert.deepEqual(found('photo-credit', 'Kim Badawi/Getty Images for CNN A demonstrator stands.'), ['Kim Badawi/Getty Images for CNN']);
  assert.deepEqual(found('editors-note', 'Editor\'s note: Nancy Grace\'s new show is on HLN. The search began.'),
    ['Editor\'s note: Nancy Grace\'s new show is on HLN.']);
});

test('comment-policy: sentences telling the reader how comments work, not news about comments', () => {
  assert.deepEqual(found('comment-policy', 'Comments are not pre-screened before they post.'),
    ['Comments are not pre-screened before they post.']);
  assert.deepEqual(found('comment-policy', 'Views expressed in the comments do not represent those of Reuters.'),
    ['Views expressed in the comments do not represent those of Reuters.']);
  assert.deepEqual(found('comment-policy', '"Your comments were moderated," the regulator told Facebook.'), []);
});

test('transcript-header: show titles up to the rush-transcript notice', () => {
  const text = 'Mubarak Steps Down; Celebration In The Streets Aired February 11, 2011 - 13:00 ET THIS IS A RUSH ' +
    'TRANSCRIPT. THIS COPY MAY NOT BE IN ITS FINAL FORM AND MAY BE UPDATED.\nWOLF BLITZER, CNN ANCHOR: Let\'s reset.';
  assert.deepEqual(found('transcript-header', text), [text.slice(0, text.indexOf('\n'))]);
});

test('comment-thread: "Posted by: NAME | DATE TIME | Report abuse" marks start the reader comments', () => {
  const text = 'The Treasury plan passed. Posted by: oline | September 16, 2008 1:50 PM | Report abuse If by ' +
    '"investigation" you mean more of the same. Posted by: Glenn | September 19, 2008 4:35 PM | Report abuse Quite.';
  assert.deepEqual(found('comment-thread', text), [text.slice(text.indexOf('Posted by: oline'))]);
  assert.deepEqual(found('comment-thread', 'Officials said it was posted by courier on September 16, 2008.'), []);
});

test('photo-credit: agency-first credits, agency-only credits and a credit cut before its name', () => {
  assert.deepEqual(found('photo-credit', '(AP Photo/Charles Dharapak) (Charles Dharapak - AP) Treasury Secretary Henry ' +
    'Paulson listens.'), ['(AP Photo/Charles Dharapak)', '(Charles Dharapak - AP)']);
  assert.deepEqual(found('photo-credit', 'Photograph: PA A lawyer for one of the soldiers spoke.'), ['Photograph: PA']);
  assert.deepEqual(found('photo-credit', '/Getty Images Nick Clegg today warned of a row.'), ['/Getty Images']);
  assert.deepEqual(found('photo-credit', 'Shares rose 5/8 to 3/4 after the AP report.'), []);
});

test('server-include-error: the include error with the clock before it', () => {
  assert.deepEqual(found('server-include-error', '08:43 UK (an error occurred while processing this directive) Beyonce will ' +
    'perform at the tribute.'), ['08:43 UK (an error occurred while processing this directive)']);
});

test('editors-note, link-bar: corrections, bars of links', () => {
  assert.deepEqual(found('editors-note', 'Earlier versions of this article carried the wrong dateline.\nThe article was written Oct. 12.'),
    ['Earlier versions of this article carried the wrong dateline.']);
  assert.deepEqual(found('link-bar', '"This Story: Read + | Watch + | Talk + | DUBAI: A sea port of the United Arab Emirates.'),
    ['"This Story: Read + | Watch + | Talk + | ']);
  assert.deepEqual(found('link-bar', 'The vote was 52 | 48 in the end.'), []);
});

test('the cheap gates before the long patterns let every kind of match through', () => {
  // one text per alternative of the photo-credit pattern, each holding only what the gate looks for
  assert.deepEqual(found('photo-credit', 'Photo: AP The minister spoke.'), ['Photo: AP']);
  assert.deepEqual(found('photo-credit', 'The crowd gathered /AFP on Friday.'), ['/AFP']);
  assert.deepEqual(found('photo-credit', '(Reuters Photo/a photographer) The crowd.'), ['(Reuters Photo/a photographer)']);
  assert.deepEqual(found('photo-credit', 'The crowd (Jane Doe - Bloomberg) gathered.'), ['(Jane Doe - Bloomberg)']);
  assert.deepEqual(found('promo', 'The vote is Tuesday. Catch the debate at 9pm ET on CNN.'), ['Catch the debate at 9pm ET on CNN.']);
  assert.deepEqual(found('comment-thread', 'March 26, 2011 at 11:39 am | The rest.'), ['March 26, 2011 at 11:39 am |']);
  assert.deepEqual(found('video-caption', 'Markets fall (0:59) Jan 4 - Stocks fell.'), ['Markets fall (0:59) Jan 4 - ']);
});
