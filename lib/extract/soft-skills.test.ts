import { describe, expect, it } from 'vitest';
import { findSoftSkills } from './soft-skills';
import { scanTokens } from './tokenize';

const soft = (text: string) => findSoftSkills(scanTokens(text));

describe('findSoftSkills', () => {
  it.each([
    ['Strong negotiation skills', ['negotiation']],
    ['Excellent presentation skills and public speaking', ['presentation skills']],
    ['Stakeholder management experience', ['stakeholder management']],
    ['Excellent written and verbal communication skills', ['communication']],
    ['An excellent communicator', ['communication']],
    ['Accountability and ownership', ['accountability']],
    ['Creativity and curiosity', ['creativity']],
    ['Empathy for customers', ['empathy']],
    ['Strong work ethic', ['work ethic']],
    ['Emotional intelligence and conflict resolution', ['emotional intelligence', 'conflict resolution']],
    ['Sound decision-making', ['decision making']],
    ['Relationship building with clients', ['relationship building']],
    ['Active listening', ['active listening']],
    ['Prioritisation of tasks, well organised', ['prioritization', 'organization']],
    ['Strong leadership skills', ['leadership']],
    ['Demonstrated leadership', ['leadership']],
    ['Strong presentation and negotiation skills', ['presentation skills', 'negotiation']],
    ['Excellent presentation, writing & analytical skills', ['presentation skills', 'analytical thinking']],
  ])('%s → %j', (text, expected) => {
    expect(soft(text)).toEqual(expected);
  });

  it.each([
    'You will present to leadership monthly',
    'Report to the leadership team',
    'Work with leadership on strategy',
    'Brief senior leadership on risks',
    'Our culture fosters creativity and growth',
    'A culture that encourages creativity and curiosity',
    'Adobe Creative Cloud',
    'Data integrity and system resilience',
    'Schedule flexibility',
    'Prepare a presentation for the board',
    'Presentation and reporting of results',
    'Build the presentation layer and APIs. Strong skills needed',
  ])('no soft skill in: %s', (text) => {
    expect(soft(text)).toEqual([]);
  });
});
