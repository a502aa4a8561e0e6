/**
 * Review of what was merged after 16874fa (the comma hedge of a bladder denial, the red-team leftovers,
 * red-team round 5's lexicon): readings the new rules got wrong from the side their authors did not
 * probe, each fixed as general language knowledge, with the plain readings that must not move.
 */
import { describe, expect, it } from 'vitest';
import { stateOf } from './testing/read.ts';

describe('trouble passing water told after a dash, a semicolon or "just that"', () => {
  // Read as peeing fine, each was a wrong absent of a cauda equina sign.
  it.each([
    ["No water problems - it's just slow."],
    ["No water problems; it's just slow."],
    ["No water problems, just that it's slow."],
    ['No water problems, just that I have to push.'],
  ])('"%s" is asked, never peeing fine', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('unknown');
  });

  it('"No numbness in the saddle area, it\'s just a bit odd when I wipe." is asked, never no numbness', () => {
    const t = "No numbness in the saddle area, it's just a bit odd when I wipe.";
    expect(stateOf(t, 'saddle_numbness')).toBe('unknown');
    expect(stateOf('No numbness down below, wiping is normal.', 'saddle_numbness')).toBe('absent');
  });

  it.each([
    ["No fever - it's just my back.", 'fever'],
    ["No fever, just that I'm sore.", 'fever'],
    ["No numbness; it's just stiff.", 'saddle_numbness'],
    ["No water problems, it's just my back.", 'urinary_retention'],
  ])('"%s" still denies', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('toes, an ankle or a foot that will not move for a reason of their own', () => {
  // Read as a weak leg (a warning sign, and with a cold foot the emergency of a limb short of blood).
  it.each([
    ["I can't move my toes because they're so swollen."],
    ['I can barely move my ankle since I sprained it.'],
    ["I can hardly bend my ankle, it's so stiff."],
    ["I can barely move my ankle, it's really swollen after I twisted it."],
    ["I can't bend my toes because of the arthritis."],
    ['I can hardly move my toes in these tight shoes.'],
    ['I can hardly move my toes, the gout is so bad.'],
  ])('"%s" is no weak leg', (text) => {
    expect(stateOf(text, 'weakness_one_leg')).toBe('none');
  });

  it.each([
    ['Now the foot is numb and I can hardly move my toes.'],
    ["I can't move my toes on my right foot."],
    ["I can't move my toes since yesterday."],
    ['I can hardly move my toes and the pain shoots down my leg.'],
    ['My back is stiff and I can hardly move my toes on the left.'],
    ['I can barely move my foot.'],
  ])('"%s" is still a weak leg', (text) => {
    expect(stateOf(text, 'weakness_one_leg')).toBe('present');
  });
});

describe('a noise or the bladder waking the person is not night pain', () => {
  it.each([
    ['My back has been sore since I lifted the box and his snoring wakes me up.'],
    ['My back has been sore since I moved house last week and my bladder wakes me up.'],
    ['My back has been sore since I started the new job and the traffic noise wakes me up.'],
  ])('"%s"', (text) => {
    expect(stateOf(text, 'night_pain')).toBe('none');
  });

  it.each([
    ['My back has been sore since I lifted the box and it wakes me up.'],
    ["The pain when I'm coughing wakes me up."],
    ['The pain in my back is bad all day long and it even wakes me at night.'],
  ])('"%s" is still night pain', (text) => {
    expect(stateOf(text, 'night_pain')).toBe('present');
  });
});

describe("a bruise's colour is no limb short of blood", () => {
  it.each([
    ['My legs are blue with bruises from the fall.'],
    ['My leg is blue from the bruise.'],
    ['My foot is blue from the bruise.'],
    ['My legs are black and blue since I fell.'],
  ])('"%s"', (text) => {
    expect(stateOf(text, 'foot_cold_pale_or_sores')).toBe('none');
  });

  it.each([
    ['My foot is cold and blue.'],
    ['My toes are blue and cold, no bruises.'],
    ["My left leg suddenly went cold and numb from the knee down, it's pale."],
  ])('"%s" is still the artery sign', (text) => {
    expect(stateOf(text, 'foot_cold_pale_or_sores')).toBe('present');
  });
});

describe('dark brown like cola said of something other than the urine', () => {
  it.each([
    ['My poo has been dark brown, like cola.'],
    ['The sick was dark brown like coke.'],
    ['My urine is fine. My stool is dark brown, like cola.'],
    ['My skin has gone dark brown like coke since the holiday.'],
  ])('"%s" is no cola urine', (text) => {
    expect(stateOf(text, 'dark_cola_urine')).toBe('none');
  });

  it.each([
    ['My poo is normal but my wee is dark brown like cola.'],
    ["Peeing is fine. Well, now you ask, it's been dark brown, like cola."],
    ['My urine is dark brown, like cola.'],
  ])('"%s" is still cola urine', (text) => {
    expect(stateOf(text, 'dark_cola_urine')).toBe('present');
  });
});

describe('better for giving up the exercise is not better with exercise', () => {
  it.each([
    ["Since I stopped running it's better, though rest doesn't help much."],
    ["It was better until I went running, and rest doesn't help."],
    ["It's easier now I've given up running, resting doesn't help."],
    ["It's better in the morning before my run, resting doesn't help."],
  ])('"%s"', (text) => {
    expect(stateOf(text, 'better_exercise_not_rest')).toBe('none');
  });

  it.each([
    ["Resting doesn't help but a run makes it much better."],
    ["Jogging makes it better and rest doesn't help."],
    ["It's better when I'm walking about and resting doesn't help."],
  ])('"%s" is still the inflammatory pattern', (text) => {
    expect(stateOf(text, 'better_exercise_not_rest')).toBe('present');
  });
});

describe('what reaches the groin is a rash or a lump, not the pain', () => {
  it.each([['The rash spreads round to my groin.'], ['I have a lump down to my groin.']])('"%s"', (text) => {
    expect(stateOf(text, 'pain_radiates_groin')).toBe('none');
  });

  it('pain that goes "down to my groin" still spreads there', () => {
    expect(
      stateOf('It comes in waves and goes round to the front and down to my groin.', 'pain_radiates_groin'),
    ).toBe('present');
  });
});

describe('a pee that will hardly come out, and fluids that will not stay down', () => {
  it.each([['I can hardly get any water out of the tap.'], ['I can barely get the pee out of the carpet.']])(
    '"%s" says nothing of peeing',
    (text) => {
      expect(stateOf(text, 'urinary_retention')).toBe('none');
    },
  );

  it.each([
    ['I can hardly get any pee out.'],
    ['I can barely get any wee out and my back hurts.'],
    ["Since this afternoon I can hardly get any pee out even though I'm bursting."],
  ])('"%s" is still trouble passing urine', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('present');
  });

  it.each([
    ["I can't keep down water."],
    ["I can't even keep down water."],
    ["I can't even keep my antibiotics down."],
  ])('"%s" cannot keep fluids down', (text) => {
    expect(stateOf(text, 'cannot_keep_fluids_down')).toBe('present');
  });

  it('"I can\'t even keep my eyes open." says nothing of it', () => {
    expect(stateOf("I can't even keep my eyes open.", 'cannot_keep_fluids_down')).toBe('none');
  });
});
