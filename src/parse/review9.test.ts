/**
 * Review 9 of the parser changes since b81d47a (and the two just before): the plan cue a finding's
 * phrase shares words with, and plain paracetamol beside a product that holds it. Each misfire found is
 * tested here, with the plain readings that must not move.
 */
import { describe, expect, it } from 'vitest';
import { parseStory } from './index.ts';
import { stateOf } from './testing/read.ts';

const stateIn = (text: string, id: string, language: string): string =>
  parseStory({ text }, language).evidence.find((e) => e.id === id)?.state ?? 'none';

describe('a cue whose words a phrase shares still imagines it where the cue says so', () => {
  it.each([
    // The phrase sat in the gap of a safety-netting cue: a warning sign explained, not had.
    ['red flags saddle numbness discussed', 'saddle_numbness'],
    ['discussed saddle numbness red flags', 'saddle_numbness'],
    // The phrase took "my back" from the condition "if my … started".
    ['if my back started hurting at night I would worry', 'pain_lower_back'],
    // A plan or a fear under a condition.
    ["if I'm going to be sick I'll call", 'nausea_vomiting'],
    ['if I felt like I was going to be sick I would stop', 'nausea_vomiting'],
  ])('"%s" does not say %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });

  it('Arabic "لو صار عندي حرارة" (if I got a fever) imagines the fever', () => {
    expect(stateIn('لو صار عندي حرارة رح أروح الطوارئ', 'fever', 'ar')).toBe('none');
    expect(stateIn('لو عندي حرارة كنت رحت الطوارئ', 'fever', 'ar')).toBe('none');
  });

  it.each([
    ["I feel like I'm going to be sick", 'nausea_vomiting'],
    ["I'm going to be sick", 'nausea_vomiting'],
    ["I'm going to the toilet all the time and it burns", 'burning_urination'],
    ["I'm worried I'm going to the toilet all the time", 'burning_urination'],
    ["I feel like I'm going to throw up", 'nausea_vomiting'],
  ])('"%s" still says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ["I'm going to see the GP if the numbness gets worse", 'numbness_both_legs'],
    ['if my legs went numb I would go straight to A&E', 'numbness_both_legs'],
    ['come back if you are going to the toilet all the time', 'burning_urination'],
    ["what if I'm going to lose control of my bladder", 'incontinence'],
  ])('"%s" is still no statement of %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });
});

describe('not going to the toilet much is no bladder said to be fine', () => {
  it.each([
    ["I'm not going to the toilet much"],
    ["I'm not going to the toilet very often and when I do it's a trickle"],
  ])('"%s" leaves trouble peeing asked', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('unknown');
  });

  it('"I haven\'t been to the toilet much, I can barely pee" says it (lay.test.ts: "can barely pee")', () => {
    expect(stateOf("I haven't been to the toilet much, I can barely pee", 'urinary_retention')).toBe(
      'present',
    );
  });

  it.each([["I'm going to the loo fine, no problems with my waterworks"], ['no problems with the toilet']])(
    '"%s" still denies it',
    (text) => {
      expect(stateOf(text, 'urinary_retention')).toBe('absent');
    },
  );
});

describe('two products that hold paracetamol, but not both taken', () => {
  it.each([
    ['I take paracetamol or co-codamol depending on the pain'],
    ['I take either paracetamol or co-codamol, never both'],
    ['I switched from co-codamol to paracetamol'],
    ['GP changed my paracetamol to co-codamol'],
    ["co-codamol contains paracetamol so I don't take both"],
    ['I know not to take paracetamol with lemsip'],
    ['I was told not to take paracetamol with co-codamol'],
  ])('"%s" is no double', (text) => {
    expect(stateOf(text, 'med_paracetamol_over_max')).toBe('none');
  });

  it.each([
    ['I take 8 paracetamol a day plus lemsip'],
    ['I take paracetamol and co-codamol'],
    ['I take paracetamol and co-codamol or Lemsip'],
    ['I take Lemsip, which contains paracetamol, as well as paracetamol tablets'],
    ['paracetamol 1g qds, co-codamol 30/500 prn'],
    ['I have to take paracetamol with co-codamol to get through the day'],
  ])('"%s" is still more than one source, asked (not proof of too much)', (text) => {
    expect(stateOf(text, 'med_paracetamol_over_max')).toBe('unknown');
  });

  it('the paracetamol itself is still taken', () => {
    expect(stateOf('I switched from co-codamol to paracetamol', 'med_paracetamol')).toBe('present');
  });
});
