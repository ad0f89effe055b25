// Values that depend on the story rather than on the publication date alone: "that year" points back to
// the year last mentioned; wire-copy fractions ("2 1/2 years") split into whole and smaller units.
import { test } from 'node:test';
import { expectAll } from './helpers.js';

test('"that year" takes the year of the date mentioned before it (DCT 2000-01-28)', () => {
  expectAll('2000-01-28', [
    ['Munero had fled to Florida in June 1998 and returned to Cuba later that year.', 'later that year', 'DATE', '1998'],
    ['Imports reached $1.5 billion in 1988, a small share of the market that year.', 'that year', 'DATE', '1988'],
    // Nothing mentioned before: the publication year.
    ['Sales rose that year.', 'that year', 'DATE', '2000'],
    // "this year" is not anaphoric.
    ['He left in June 1998 and came back this year.', 'this year', 'DATE', '2000'],
  ]);
});

test('fractions written "N 1/2" count the half in the next smaller unit (DCT 1998-02-27)', () => {
  expectAll('1998-02-27', [
    ['They lived in U.N.-run refugee camps for 2 1/2 years.', '2 1/2 years', 'DURATION', 'P2Y6M'],
    ['She spent about 5 1/2 hours in Nairobi.', '5 1/2 hours', 'DURATION', 'PT5H30M'],
    ['The strike lasted 1.5 days.', '1.5 days', 'DURATION', 'P1DT12H'],
    ['It took half an hour.', 'half an hour', 'DURATION', 'PT30M'],
  ]);
});

test('a year with "quarter" or "period" is a quarter of that year (DCT 1989-11-01, reported quarter Q3)', () => {
  expectAll('1989-11-01', [
    ['The year-ago results included a charge in the 1988 second quarter for real estate.', 'the 1988 second quarter', 'DATE', '1988-Q2'],
    ['Kirschner earned $376,000 on revenue of $14.5 million in the 1988 quarter.', 'the 1988 quarter', 'DATE', '1988-Q3'],
    ['In the 1989 period also, interest expense rose.', 'the 1989 period', 'DATE', '1989-Q3'],
    // A year alone stays a year.
    ['Sales rose in 1988.', '1988', 'DATE', '1988'],
  ]);
});

test('a holiday a few weeks ahead is the coming one even in a past-tense clause (DCT 2000-04-17)', () => {
  expectAll('2000-04-17', [
    // Easter 2000 fell on April 23.
    ['Protesters prayed for divine help as Easter week began.', 'Easter week', 'DATE', '2000-W16'],
    ['Protesters marched on Easter.', 'Easter', 'DATE', '2000-04-23'],
    // Christmas is eight months ahead: a past clause means last year's.
    ['The family gathered at Christmas.', 'Christmas', 'DATE', '1999-12-25'],
  ]);
});
