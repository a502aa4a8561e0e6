/**
 * Warning signs the red-team stories of rounds 2 and 3 still lost after their rounds (a pee that will
 * hardly come, fluids that will not stay down with "even" between, pain that wakes the person after a
 * long description, toes that will not move), each fixed as general language knowledge, with the
 * readings that must not move.
 */
import { describe, expect, it } from 'vitest';
import { stateOf } from './testing/read.ts';

describe('a pee that will hardly come out', () => {
  it.each([
    ["Since this afternoon I can hardly get any pee out even though I'm bursting."],
    ['I can barely squeeze a wee out.'],
    ['I can barely pee.'],
  ])('"%s" is trouble passing urine', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('present');
  });

  it.each([['I can hardly get any sleep.'], ['I can hardly get any water down me.']])(
    '"%s" says nothing of peeing',
    (text) => {
      expect(stateOf(text, 'urinary_retention')).toBe('none');
    },
  );
});

describe('fluids that will not stay down, with "even" between', () => {
  it.each([["I can't even keep water or my tablets down."], ["I can't even keep water down."]])(
    '"%s" cannot keep fluids down',
    (text) => {
      expect(stateOf(text, 'cannot_keep_fluids_down')).toBe('present');
    },
  );

  it('"I can\'t even keep up with the kids" says nothing of it', () => {
    expect(stateOf("I can't even keep up with the kids.", 'cannot_keep_fluids_down')).toBe('none');
  });
});

describe('pain that wakes the person, told after a long description of it', () => {
  it("reads pain at night past the pain's place and pattern", () => {
    const text = "For ten days I've had pain low in my back that's there all the time and wakes me at night.";
    expect(stateOf(text, 'night_pain')).toBe('present');
    expect(stateOf(text, 'pain_constant_unrelenting')).toBe('present');
  });

  it.each([
    ['My back pain is from lifting the baby, who wakes me at night.'],
    ['Back pain for two weeks and my alarm wakes me at six.'],
  ])('"%s": someone or something else wakes them', (text) => {
    expect(stateOf(text, 'night_pain')).toBe('none');
  });

  it('"My back pain wakes me at night." still reads it', () => {
    expect(stateOf('My back pain wakes me at night.', 'night_pain')).toBe('present');
  });
});

describe('toes that will not move', () => {
  it.each([
    ['Now the foot is numb and I can hardly move my toes.'],
    ["I can't move my toes on my right foot."],
    ["I can't wiggle my toes."],
  ])('"%s" is a weak leg', (text) => {
    expect(stateOf(text, 'weakness_one_leg')).toBe('present');
  });

  it.each([
    ["I can't move my toes because of the cramp."],
    ["My foot cramped up and I couldn't move my toes."],
    ['I can move my toes fine.'],
  ])('"%s" is no weak leg', (text) => {
    expect(stateOf(text, 'weakness_one_leg')).not.toBe('present');
  });
});

describe('waking up with the pain', () => {
  it.each([
    ['I woke up this morning with a stiff back.'],
    ['I woke at 5 this morning with a pain in my lower back.'],
    ['Woke up with back pain today.'],
    ['I woke up with a sore back after sleeping funny.'],
    ['I woke up with back pain after a night out.'],
  ])('"%s" is when it began, not pain at night', (text) => {
    expect(stateOf(text, 'night_pain')).toBe('none');
  });

  it.each([
    ['I was woken by the pain at 3am.'],
    ['It wakes me with the pain most nights.'],
    ['I woke up in the middle of the night with a bad pain.'],
    ['In the middle of the night I woke with pain.'],
    ['I woke in the small hours with back pain.'],
    ['I work night shifts and my back aches at night.'],
  ])('"%s" is pain at night', (text) => {
    expect(stateOf(text, 'night_pain')).toBe('present');
  });
});

describe('pain said to be fine at night', () => {
  it.each([["It's ok at night but bad in the day."], ['My back is fine at night.']])(
    '"%s" denies pain at night',
    (text) => {
      expect(stateOf(text, 'night_pain')).toBe('absent');
    },
  );

  it('"It\'s bad at night." still reads it', () => {
    expect(stateOf("It's bad at night.", 'night_pain')).toBe('present');
  });
});

describe('a denied fever with a reading that says otherwise', () => {
  it.each([
    ['No temperature, 38.2 this morning.'],
    ['No fever, 38.4 degrees.'],
    ['No fever, well 38.5 last night.'],
  ])('"%s" is asked, never denied', (text) => {
    expect(stateOf(text, 'fever')).toBe('unknown');
  });

  it.each([['No fever, 36.8 this morning.'], ['No temperature.'], ['My temperature is normal.']])(
    '"%s" still denies',
    (text) => {
      expect(stateOf(text, 'fever')).toBe('absent');
    },
  );
});

describe('the urge to pee without the pee', () => {
  it.each([
    ["My bladder feels full but I can't go."],
    ["I feel like I need to go but I can't."],
    ["I need to pee but I can't."],
    ["I need the toilet but I can't go."],
    ["I need to wee but I can't get it out."],
  ])('"%s" is trouble passing urine', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('present');
  });

  it.each([
    ["I need to go to work but I can't."],
    ["I want to go for a run but I can't."],
    ["I need to go but I can't get out of bed."],
    ["I want to go to the toilet but I can't get up."],
  ])('"%s" says nothing of peeing', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('none');
  });
});

describe('warning signs in lay words found by a sweep', () => {
  it.each([
    ["When I sit on the loo it feels like I'm sitting on cotton wool.", 'saddle_numbness'],
    ['Reduced sensation perianally.', 'saddle_numbness'],
    ['My stream is really weak now.', 'urinary_retention'],
    ["I'm tripping over my right foot.", 'weakness_one_leg'],
    ["I've got a raging temperature.", 'fever'],
    ["It's there all night and I can't sleep.", 'night_pain'],
    ["It's like passing razor blades.", 'burning_urination'],
    ['Everything I drink comes straight back up.', 'cannot_keep_fluids_down'],
  ])('"%s" reads %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['The stream at the bottom of the garden is slow.', 'urinary_retention'],
    ['I was up all night with the baby.', 'night_pain'],
  ])('"%s" does not read %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });
});

describe('"I can\'t go at all"', () => {
  it.each([["I can't go at all."], ["I can't say I've had no problems peeing: I can't go at all."]])(
    '"%s" is trouble passing urine, never peeing fine',
    (text) => {
      expect(stateOf(text, 'urinary_retention')).toBe('present');
    },
  );

  it.each([
    ["I can't go out at all."],
    ["I can't go at all, my back is too stiff to walk."],
    ["My bladder feels full all the time but I can't go back to sleep."],
  ])('"%s" says nothing of peeing', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('none');
  });

  it('"Peeing was fine, now I can\'t go at all." is trouble passing urine', () => {
    expect(stateOf("Peeing was fine, now I can't go at all.", 'urinary_retention')).toBe('present');
  });
});

describe('never before, which says it is there now', () => {
  // "No numbness before the operation" says nothing of since the operation: asked (review 16).
  it.each([
    ["I've never had numbness in my legs before this week."],
    ['Never had cancer before.'],
    ['No numbness in my legs before the operation.'],
  ])('"%s" is asked, never denied', (text) => {
    const id = text.includes('cancer') ? 'history_cancer' : 'numbness_both_legs';
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([["I've never had numbness in my legs.", 'numbness_both_legs']])(
    '"%s" still denies',
    (text, id) => {
      expect(stateOf(text, id)).toBe('absent');
    },
  );
});

describe('a sign marked new after a comma in a list of denials', () => {
  it.each([
    ['No fever, new onset saddle anaesthesia.', 'saddle_numbness'],
    ['Ø fever, Ø trauma, new urinary retention.', 'urinary_retention'],
    ['no fever, new urinary retention', 'urinary_retention'],
    ['Denies fever, new weakness or numbness.', 'numbness_both_legs'],
  ])('"%s" asks %s, never denies it', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it.each([
    ['No new weakness.', 'weakness_both_legs', 'absent'],
    ['No fever, no new weakness.', 'weakness_both_legs', 'absent'],
    ['LBP 2/52, new urinary retention', 'urinary_retention', 'present'],
    ['No fever, new onset saddle anaesthesia.', 'fever', 'absent'],
  ])('"%s" reads %s as %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});
