import { describe, expect, it } from 'vitest';
import { placeInProse } from './place';

describe('placeInProse', () => {
  it.each([
    // A labelled line (a description section saved alone names its place only there).
    ['Location: Sarnia, Ontario – on-site\nWe run a polyethylene plant.', 'Sarnia, Ontario'],
    ['- Work location: Leeds, West Yorkshire (hybrid)', 'Leeds, West Yorkshire'],
    ['Our lab is based in Tempe, AZ and ships worldwide.', 'Tempe, AZ'],
    ['Location: Bengaluru, Karnataka (Hybrid – 3 days work from office, Whitefield)', 'Bengaluru, Karnataka'],
    // A site with its bracket, then its place (set-82).
    ['Location: Dubai International Financial Centre (DIFC), Dubai, United Arab Emirates\nReporting to: Head of Legal', 'Dubai, United Arab Emirates'],
    // A Chinese city with its province, a German one with its Land (set-90).
    ['Location: Suzhou, Jiangsu\nShuttle bus from the city.', 'Suzhou, Jiangsu'],
    ['Standort: Esslingen, Baden-Württemberg', 'Esslingen, Baden-Württemberg'],
    // Nordic and Turkish labels; a place, then another after a spaced slash; a bracket of how it is worked (set-100).
    ['Sted: Stavanger / offshore, norsk sokkel\nVi søker en erfaren borer.', 'Stavanger'],
    ['Arbetsort: Malmö\nOmfattning: Heltid', 'Malmö'],
    ['Lokasyon: İstanbul (hibrit)', 'İstanbul'],
    // A Chinese or Japanese address under its label, a full-width colon (sets 110, 116).
    ['工作地点：深圳市宝安区（现场办公，需不定期前往东莞工厂授课）', '深圳市宝安区'],
    ['勤務地：大阪府大阪市北区梅田2丁目', '大阪府大阪市北区梅田2丁目'],
    // A town's area (set-105).
    ['Location: Manchester City Centre (Northern Quarter, Deansgate and Spinningfields venues)', 'Manchester City Centre'],
  ])('%s → %s', (text, want) => {
    expect(placeInProse(text)).toBe(want);
  });

  it.each([
    'Location: flexible – tell us where you are',
    'Location: our Chemical Valley site',
    'We have offices in London and Paris.',
  ])('%s → none', (text) => {
    expect(placeInProse(text)).toBeNull();
  });
});
