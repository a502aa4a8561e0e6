/**
 * Misses found by scoring the engine's red-team round 5 from its stories (src/eval/testing/redteam5.json),
 * each fixed as general language knowledge, with the plain readings beside it that must not move.
 */
import { describe, expect, it } from 'vitest';
import { stateOf } from './testing/read.ts';

const LEG_PAIN = ['leg_pain_both_legs', 'leg_pain_below_knee', 'leg_pain_above_knee'] as const;

describe('legs in cramp, then only when or how often, are a cramp, not leg pain', () => {
  // Read as both-leg pain, a diuretic's cramps of 60 days were the both-legs emergency of §1.6 P16.
  it.each([
    ['Since then my lower back and legs get cramps most days, it eases if I stretch.'],
    ['My back muscles and legs have been cramping for a few days.'],
    ['My legs get cramps every evening.'],
  ])('"%s"', (text) => {
    for (const id of LEG_PAIN) expect(stateOf(text, id)).toBe('none');
    expect(stateOf(text, 'muscle_knot_tight')).toBe('present');
  });

  it('legs that get cramps at night are night cramps', () => {
    expect(stateOf('Both my legs get cramps at night.', 'leg_cramp_night')).toBe('present');
    expect(stateOf('Both my legs get cramps at night.', 'leg_pain_both_legs')).toBe('none');
  });

  it.each([
    ['My legs get cramps when I walk.'],
    ['I have pain in both legs.'],
    ['The pain shoots down both legs to my feet.'],
  ])('"%s" is still leg pain in both legs', (text) => {
    expect(stateOf(text, 'leg_pain_both_legs')).toBe('present');
  });
});

describe('a leg gone cold or pale is the artery sign, not a pale face', () => {
  const text =
    "My left leg suddenly went cold and numb from the knee down, it's pale and I can barely move my foot.";
  it('reads the cold pale leg, its weakness, and no shock sign', () => {
    expect(stateOf(text, 'foot_cold_pale_or_sores')).toBe('present');
    expect(stateOf(text, 'weakness_one_leg')).toBe('present');
    expect(stateOf(text, 'sweaty_clammy_pale')).toBe('none');
  });

  it.each([['My leg has turned white.'], ['My legs feel icy cold.']])('"%s"', (t) => {
    expect(stateOf(t, 'foot_cold_pale_or_sores')).toBe('present');
  });

  it('plain readings do not move', () => {
    expect(stateOf('My legs ache in the cold weather.', 'foot_cold_pale_or_sores')).toBe('none');
    expect(stateOf('He looks pale and sweaty.', 'sweaty_clammy_pale')).toBe('present');
    expect(stateOf('I can hardly move my toes because of the cramp.', 'weakness_one_leg')).toBe('none');
  });
});

describe('what the story said in a later clause', () => {
  it('dark brown "like cola" is the urine even when it was named a sentence before', () => {
    const t =
      "I'm on a statin. Peeing is fine. Well, actually, now you ask, it's been dark brown, like cola, since yesterday.";
    expect(stateOf(t, 'dark_cola_urine')).toBe('present');
    expect(stateOf('I drink cola most days.', 'dark_cola_urine')).toBe('none');
  });

  it('thighs taken up by "they" are still the swollen, tender muscles', () => {
    const t = "My lower back and thighs started hurting near the end and now they're swollen and tender.";
    expect(stateOf(t, 'muscle_pain_tender_swollen')).toBe('present');
    expect(stateOf(t, 'leg_pain_both_legs')).toBe('none');
  });

  it('pain that goes "down to my groin" spreads to the groin', () => {
    expect(
      stateOf('It comes in waves and goes round to the front and down to my groin.', 'pain_radiates_groin'),
    ).toBe('present');
    expect(stateOf('I have a rash on my groin.', 'pain_radiates_groin')).toBe('none');
  });

  it('moving a bookcase is lifting', () => {
    expect(stateOf('I moved a bookcase and my lower back went into spasm.', 'onset_lifting_twisting')).toBe(
      'present',
    );
  });
});

describe('work, exercise and the trolley named in other words', () => {
  it.each([
    ['I spent Saturday clearing the garden and since then my lower back has been sore.'],
    ['Since I spent a weekend painting the ceiling my back aches.'],
  ])('"%s" is unaccustomed work', (text) => {
    expect(stateOf(text, 'onset_lifting_twisting')).toBe('present');
  });

  it('"a run makes it much better" with rest no help is the inflammatory pattern, not a pain improving', () => {
    const t = "Resting doesn't help but a run makes it much better.";
    expect(stateOf(t, 'better_exercise_not_rest')).toBe('present');
    expect(stateOf(t, 'improving')).toBe('none');
    expect(stateOf('My back is much better this week.', 'improving')).toBe('present');
  });

  it('the shopping-trolley sign in its own sentence after walking legs', () => {
    const t =
      "For months both my legs get heavy and tingly after I've walked ten minutes. Leaning on the shopping trolley or sitting down makes it go.";
    expect(stateOf(t, 'walking_pain_needs_sitting_bending')).toBe('present');
    expect(
      stateOf('I hurt my back leaning on the shopping trolley.', 'walking_pain_needs_sitting_bending'),
    ).toBe('none');
  });
});
