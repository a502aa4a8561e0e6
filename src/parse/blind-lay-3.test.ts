/**
 * Misses found by scoring a third set of stories written blind in people's own words
 * (testing/stories-blind-lay-3.json: older people writing formally, learners' English, carers, sarcasm,
 * corrections), each fixed as general language knowledge, with the plain readings beside it that must
 * not move.
 */
import { describe, expect, it } from 'vitest';
import { numberOf, stateOf } from './testing/read.ts';

const woman = { sex: 'female' as const, age: 30 };

describe('no wee "that counts" is still none passed', () => {
  it('"haven\'t had a proper wee since …" is trouble passing urine, never peeing fine', () => {
    const text = "I also haven't had a proper wee since lunchtime even though I feel I need to.";
    expect(stateOf(text, 'urinary_retention')).toBe('present');
  });

  it.each([["I haven't had a wee since last night."], ['Not had a pee all day.']])(
    '"%s" still is',
    (text) => {
      expect(stateOf(text, 'urinary_retention')).toBe('present');
    },
  );

  it('a proper wee had is no trouble', () => {
    expect(stateOf('I had a proper wee this morning and it was fine.', 'urinary_retention')).not.toBe(
      'present',
    );
  });
});

describe('a changed feeling when wiping, told in the past', () => {
  it('"when I wiped … it felt strange, kind of numb" is saddle numbness', () => {
    const text = 'When I wiped after the toilet today it felt strange, kind of numb.';
    expect(stateOf(text, 'saddle_numbness')).toBe('present');
  });

  it('wiping a table is not', () => {
    expect(stateOf('I wiped the table and it felt sticky.', 'saddle_numbness')).toBe('none');
  });
});

describe('the reason a medicine is taken now owns its date', () => {
  it.each([
    ['Im on rivaroxaban for a clot in my leg last year.'],
    ['I take apixaban for a clot in my lung two years ago.'],
    ["I'm taking clopidogrel after a stroke in 2020."],
  ])('"%s" takes it now', (text) => {
    expect(stateOf(text, 'med_anticoagulant')).toBe('present');
  });

  it.each([
    ['I took warfarin for a clot last year.'],
    ['I was on warfarin for a clot last year.'],
    ['I used to take warfarin for a clot years ago.'],
  ])('"%s" took it then', (text) => {
    expect(stateOf(text, 'med_anticoagulant')).toBe('none');
  });
});

describe('falls as older people and learners tell them', () => {
  it.each([['I fell out of bed last night onto the floor.'], ['He slip in bathroom last Friday.']])(
    '"%s" is a minor fall',
    (text) => {
      expect(stateOf(text, 'onset_minor_fall')).toBe('present');
      expect(stateOf(text, 'onset_sudden')).toBe('present');
    },
  );

  it.each([
    ['We fell out last year over money.'],
    ['My hair fell out in clumps.'],
    ['We fell out with the neighbours.'],
  ])('"%s" is no fall', (text) => {
    expect(stateOf(text, 'onset_minor_fall')).toBe('none');
  });
});

describe('where the pain goes, said politely or without a subject', () => {
  it('"down to my private part" is the groin', () => {
    const text = 'The pain dey go to my right side and down to my private part.';
    expect(stateOf(text, 'pain_radiates_groin')).toBe('present');
  });

  it('numbness there is the saddle, not groin pain', () => {
    const text = 'I have numbness around my private parts.';
    expect(stateOf(text, 'pain_radiates_groin')).toBe('none');
    expect(stateOf(text, 'saddle_numbness')).toBe('present');
  });

  it('"Low back, right side, goes into my buttock" is buttock pain', () => {
    expect(stateOf('Low back, right side, goes into my buttock.', 'pain_buttock')).toBe('present');
  });

  it('an injection that goes there is not', () => {
    expect(stateOf('The injection goes into my buttock.', 'pain_buttock')).toBe('none');
  });
});

describe('a shingles rash told as blisters or spots in a row', () => {
  it.each([
    ['Now a row of little blisters has come up on my side.'],
    ['Today I see small red spots coming in line.'],
  ])('"%s" is a rash in a band', (text) => {
    expect(stateOf(text, 'rash_band_one_side')).toBe('present');
  });

  it('a rash not described further stays a question', () => {
    expect(stateOf('I have a rash on my arm.', 'rash_band_one_side')).toBe('unknown');
  });
});

describe("pregnancy in learners' English", () => {
  it('"7 month pregnant" is over 20 weeks, "3 month" is not', () => {
    expect(stateOf("I'm 7 month pregnant.", 'pregnant_over_20_weeks', woman)).toBe('present');
    expect(stateOf("I'm 3 month pregnant.", 'pregnant_over_20_weeks', woman)).toBe('absent');
  });

  it('water coming out from the private part in pregnancy is fluid leaking', () => {
    const text = "I'm 7 months pregnant and water is coming out from my private part.";
    expect(stateOf(text, 'pregnancy_bleeding_or_contractions', woman)).toBe('present');
  });

  it('not in someone not pregnant', () => {
    const text = 'Water is coming out from my private part when I cough.';
    expect(stateOf(text, 'pregnancy_bleeding_or_contractions', woman)).toBe('none');
  });
});

describe('British understatement of feeling unwell', () => {
  it('"I feel rather poorly" is feeling very unwell', () => {
    expect(stateOf('I feel rather poorly, I must admit.', 'feels_very_unwell')).toBe('present');
  });

  it('"rather well" is not', () => {
    expect(stateOf('I feel rather well today.', 'feels_very_unwell')).toBe('none');
  });
});

describe('how it started', () => {
  it('a tackle done to you is sport', () => {
    expect(stateOf('I got tackled hard at rugby on Saturday.', 'onset_during_exercise')).toBe('present');
  });

  it('tackling a job is not', () => {
    expect(stateOf('We tackled the garden at the weekend.', 'onset_during_exercise')).toBe('none');
  });

  it('bending to dress is bending', () => {
    expect(stateOf('Just bending to put my socks on and it went.', 'onset_lifting_twisting')).toBe('present');
  });

  it('"can\'t even get up to go to work" stops usual activities', () => {
    expect(stateOf("Can't even get up to go to work.", 'stops_daily_activities')).toBe('present');
  });
});

describe('a question about what one has is asked again, not dropped', () => {
  it('"Is it normal to have back ache at 10 weeks pregnant?" leaves the back ache to ask', () => {
    const text = 'Is it normal to have back ache at 10 weeks pregnant?';
    expect(stateOf(text, 'pain_lower_back', woman)).toBe('unknown');
  });
});

describe("times in learners' English and texting", () => {
  it('"5 days before" at the end of its clause is five days ago', () => {
    const text = 'My back pain was start 5 days before when I was lifting a box.';
    expect(numberOf(text, 'duration_days', { today: '2026-12-07' })).toBe(5);
  });

  it('"5 days before the wedding" dates the wedding, not the pain', () => {
    const text = 'My back has been sore. I went to the doctor 5 days before the wedding.';
    expect(numberOf(text, 'duration_days', { today: '2026-12-07' })).toBeUndefined();
  });

  it.each([
    ['Started 2am, pain in my right side.', 0],
    ['Past month back pain getting steadily worse.', 30],
    ['Since morning she is complaining of back pain.', 0],
  ])('"%s" lasts %i days', (text, days) => {
    expect(numberOf(text, 'duration_days', { today: '2026-12-07' })).toBe(days);
  });
});

describe('what people say of themselves', () => {
  it('"I\'m trying not to panic" is very worried', () => {
    expect(stateOf("I'm trying not to panic.", 'struggling_to_cope')).toBe('present');
  });

  it('"I\'m not panicking" still denies it', () => {
    expect(stateOf("I'm not panicking.", 'struggling_to_cope')).toBe('absent');
  });

  it('"the same thing as last time" is a recurrence', () => {
    expect(stateOf("It's the same thing as last time.", 'recurrent_episodes')).toBe('present');
  });

  it('"does not ease however I lie" is constant pain', () => {
    const text = 'A persistent ache in the lower back which does not ease however I lie.';
    expect(stateOf(text, 'pain_constant_unrelenting')).toBe('present');
  });

  it('the singular "antibiotic for urine infection" is a recent infection', () => {
    const text = 'Doctor gave me antibiotic for urine infection last month.';
    expect(stateOf(text, 'recent_infection_or_spinal_procedure')).toBe('present');
  });

  it('"when I cough is more strong" is pain worse on coughing', () => {
    expect(stateOf('When I cough is more strong.', 'pain_worse_cough_sneeze')).toBe('present');
  });
});

describe('own-way denials of the waterworks', () => {
  it('"no water trouble" denies trouble passing urine only', () => {
    expect(stateOf('No water trouble, no fever.', 'urinary_retention')).toBe('absent');
    expect(stateOf('No water trouble, no fever.', 'incontinence')).toBe('none');
  });

  it('"water trouble" said is no denial', () => {
    expect(stateOf('Water trouble.', 'urinary_retention')).not.toBe('absent');
  });

  it('"I not have problem with toilet" denies both', () => {
    expect(stateOf('I not have problem with toilet.', 'urinary_retention')).toBe('absent');
    expect(stateOf('I not have problem with toilet.', 'incontinence')).toBe('absent');
  });

  it('"I have problem with toilet" denies nothing', () => {
    expect(stateOf('I have problem with toilet.', 'urinary_retention')).not.toBe('absent');
    expect(stateOf('I have problem with toilet.', 'incontinence')).not.toBe('absent');
  });
});

describe('an ulcer not placed', () => {
  it('"I had an ulcer in 2015" asks about a stomach ulcer', () => {
    expect(stateOf('I had an ulcer in 2015.', 'stomach_ulcer_history')).toBe('unknown');
  });

  it.each([['I have a leg ulcer.'], ['No ulcers.']])('"%s" says nothing of one', (text) => {
    expect(stateOf(text, 'stomach_ulcer_history')).toBe('none');
  });

  it('a stomach ulcer is still one', () => {
    expect(stateOf('I had a stomach ulcer years ago.', 'stomach_ulcer_history')).toBe('present');
  });
});

describe('hot beside sweats or shakes', () => {
  it('"sweats and shakes all weekend, hot as anything" is a fever', () => {
    expect(stateOf('Had sweats and shakes all weekend, hot as anything.', 'fever')).toBe('present');
  });

  it('the weather hot as anything is not', () => {
    expect(stateOf("It's hot as anything in here today.", 'fever')).toBe('none');
  });
});

describe('pain spreading into both legs after "which"', () => {
  it.each([
    ['I have back pain which goes into both legs.'],
    ['I have the pain in the back which is going in both legs.'],
  ])('"%s" is pain in both legs', (text) => {
    expect(stateOf(text, 'leg_pain_both_legs')).toBe('present');
  });

  it('one leg is still one', () => {
    expect(stateOf('I have back pain which goes into my left thigh.', 'leg_pain_both_legs')).toBe('none');
  });
});

describe('a recurrence dated by its year', () => {
  it.each([['Same pain as 2019.'], ['The same pain as 5 years ago.']])('"%s" has happened before', (text) => {
    expect(stateOf(text, 'recurrent_episodes')).toBe('present');
  });

  it('the same pain as someone else has is not', () => {
    expect(stateOf('Same pain as my husband has.', 'recurrent_episodes')).toBe('none');
  });
});

describe('claudication told by a dog walker', () => {
  const text =
    'Walking my dog my right calf cramps up after the same lamp post every time, I stop and stand for a min and its gone.';

  it('the same landmark each time is the same distance', () => {
    expect(stateOf(text, 'same_walking_distance')).toBe('present');
  });

  it('stopping to stand for a minute eases it', () => {
    expect(stateOf(text, 'walking_pain_stops_standing_still')).toBe('present');
  });

  it('the minute of standing is no episode length', () => {
    expect(numberOf(text, 'duration_days')).toBeUndefined();
  });

  it('a pain in the same spot each time is no distance', () => {
    expect(stateOf('It hurts in the same spot every time I walk.', 'same_walking_distance')).toBe('none');
  });

  it('a pain said to last minutes still does', () => {
    expect(numberOf('Back pain for 20 minutes.', 'duration_days')).toBe(0);
  });
});

describe("a review's joke is no pain score", () => {
  it('"10/10 would not recommend" gives no score', () => {
    const text = 'Bent down to pick up the cat and my back went ping. 10/10 would not recommend.';
    expect(numberOf(text, 'pain_severity')).toBeUndefined();
  });

  it('a score with its own words still counts', () => {
    expect(numberOf('Pain 10/10, would not wish it on anyone.', 'pain_severity')).toBe(10);
  });
});

describe('kidney stones "again" were had before, even in a question', () => {
  it.each([['Is it my kidney stones again??'], ['Maybe my kidney stones are back.']])('"%s"', (text) => {
    expect(stateOf(text, 'previous_kidney_stones')).toBe('present');
  });

  it('a guess with no "again" is not', () => {
    expect(stateOf('Could it be kidney stones?', 'previous_kidney_stones')).not.toBe('present');
  });

  it('a denial still denies', () => {
    expect(stateOf('I never had kidney stones.', 'previous_kidney_stones')).toBe('absent');
  });
});

describe('back pain or sciatica had before', () => {
  it('"I\'ve had sciatica before" is an earlier episode, not leg pain now', () => {
    const text = "I've had sciatica before, the physio told me it was a disc at L5.";
    expect(stateOf(text, 'recurrent_episodes')).toBe('present');
    expect(stateOf(text, 'leg_pain_below_knee')).toBe('none');
    expect(stateOf(text, 'previous_similar_diagnosis_sciatica')).toBe('present');
  });

  it('"never had back pain before" denies an earlier episode, not the back pain of now', () => {
    const text = 'My back hurts since Friday, never had back pain before.';
    expect(stateOf(text, 'recurrent_episodes')).toBe('absent');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
    expect(stateOf('Never had back pain before.', 'pain_lower_back')).toBe('none');
  });

  it('sciatica now is still leg pain', () => {
    expect(stateOf('I have sciatica down my left leg to my foot.', 'leg_pain_below_knee')).toBe('present');
  });
});

describe("probing past the stories: not passing urine in learners' English (wrong absents)", () => {
  it.each([
    ['I am not able to do urine from morning.'],
    ["I didn't made urine from yesterday."],
    ['She no pass urine whole day.'],
    ["I've not had a proper poo or wee for two days."],
  ])('"%s" is trouble passing urine, never peeing fine', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('present');
  });

  it('a poo or wee not had is no loss of control', () => {
    expect(stateOf("I've not had a proper poo or wee for two days.", 'incontinence')).not.toBe('absent');
  });

  it.each([
    ['No burning when I pass urine.', 'burning_urination'],
    ['I did pass urine normally.', 'urinary_retention'],
  ])('"%s" still denies', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('probing past the stories: no feeling in the legs said plainly', () => {
  it.each([['I no feel my legs.'], ['I can no feel my legs since morning.'], ['I have no feel in my legs.']])(
    '"%s" is numbness of both legs',
    (text) => {
      expect(stateOf(text, 'numbness_both_legs')).toBe('present');
    },
  );

  it('"I have no feel in my legs" denies no leg pain', () => {
    expect(stateOf('I have no feel in my legs.', 'leg_pain_both_legs')).not.toBe('absent');
  });
});

describe('probing past the stories: a changed feeling of the bottom (wrong absent)', () => {
  it('"though my bottom does feel rather strange" says it past a soft denial of numbness', () => {
    const text = 'I cannot say that I have noticed any numbness, though my bottom does feel rather strange.';
    expect(stateOf(text, 'saddle_numbness')).toBe('present');
  });

  it.each([['My bum feels funny.'], ['Down there feels weird since this morning.']])(
    '"%s" is one too',
    (text) => {
      expect(stateOf(text, 'saddle_numbness')).toBe('present');
    },
  );

  it('a sore bottom is buttock pain, not numbness', () => {
    expect(stateOf('My bottom feels sore.', 'saddle_numbness')).toBe('none');
  });
});

describe('probing past the stories: denials and doubts that leave the sign said or open', () => {
  it('"never wet myself before but did today" is no denial', () => {
    expect(stateOf('Never wet myself before but did today.', 'incontinence')).not.toBe('absent');
  });

  it('"never had this before" still denies an earlier episode', () => {
    expect(stateOf('I have never had this before.', 'recurrent_episodes')).toBe('absent');
  });

  it('"not sure why i cant wee" says the trouble; "not sure if I can pee" asks it', () => {
    expect(stateOf('not sure why i cant wee', 'urinary_retention')).toBe('present');
    expect(stateOf("I'm not sure if I can pee.", 'urinary_retention')).toBe('unknown');
  });

  it('"is it normal not to be able to wee?" asks it', () => {
    expect(stateOf('Is it normal not to be able to wee?', 'urinary_retention')).toBe('unknown');
  });
});

describe('probing past the stories: medicines and signs in plain words', () => {
  it('"steroid tablet from 2 years" is long-term steroids', () => {
    expect(stateOf('I am using steroid tablet from 2 years for asthma.', 'med_steroid_long_term')).toBe(
      'present',
    );
  });

  it('a steroid tablet since last week is not long-term', () => {
    expect(stateOf('Steroid tablet since last week.', 'med_steroid_long_term')).not.toBe('present');
  });

  it('"like being ripped apart" is tearing pain', () => {
    expect(stateOf('The pain is like being ripped apart.', 'pain_tearing_severe_sudden')).toBe('present');
  });

  it('ripped jeans are not', () => {
    expect(stateOf('My jeans are ripped.', 'pain_tearing_severe_sudden')).toBe('none');
  });

  it.each([['I am peeing every half an hour.'], ['Weeing every 20 minutes.']])(
    '"%s" is peeing often',
    (text) => {
      expect(stateOf(text, 'burning_urination')).toBe('present');
    },
  );
});

describe('probing past the stories: corrections that take a denial back (wrong absents)', () => {
  it('"Wee is fine. Well, it was until today, now nothing comes out" is not peeing fine', () => {
    const text = 'Wee is fine. Well, it was until today, now nothing comes out.';
    expect(stateOf(text, 'urinary_retention')).not.toBe('absent');
  });

  it('"No fever. Well, it was fine until last night." asks the fever', () => {
    expect(stateOf('No fever. Well, it was fine until last night.', 'fever')).toBe('unknown');
  });

  it('a next sentence that takes nothing back leaves the denial', () => {
    expect(stateOf('No fever. My back hurts.', 'fever')).toBe('absent');
    expect(stateOf('Peeing is normal. It was always like that.', 'urinary_retention')).toBe('absent');
  });

  it('"I try to wee and nothing comes out" is trouble passing urine', () => {
    expect(stateOf('I try to wee and nothing comes out.', 'urinary_retention')).toBe('present');
  });

  it('nothing out of a tap is not', () => {
    expect(stateOf('Nothing comes out of the tap.', 'urinary_retention')).toBe('none');
  });

  it('"except I can\'t feel when it\'s full" is not knowing the bladder is full', () => {
    const text = "Nothing wrong with my bladder except I can't feel when it's full.";
    expect(stateOf(text, 'incontinence')).toBe('present');
  });

  it('"it just comes out without me knowing" is loss of control', () => {
    const text = "I can pee fine, its pooing that's the problem, it just comes out without me knowing.";
    expect(stateOf(text, 'incontinence')).toBe('present');
  });
});

describe("probing past the stories: an older person's formal letter", () => {
  it('"difficult to walk without holding on to the furniture" is unsteady, never steady (wrong absent)', () => {
    const text = 'I am finding it increasingly difficult to walk without holding on to the furniture.';
    expect(stateOf(text, 'unsteady_walking')).toBe('present');
  });

  it('"I can walk without holding on now" says nothing of unsteadiness', () => {
    expect(stateOf('I can walk without holding on now.', 'unsteady_walking')).not.toBe('present');
  });

  it.each([['I have secondary deposits in my spine.'], ['Secondaries in the bones.']])(
    '"%s" is cancer',
    (text) => {
      expect(stateOf(text, 'history_cancer')).toBe('present');
    },
  );

  it.each([['I work at the secondary school.'], ['The GP said it is a secondary infection.']])(
    '"%s" is not',
    (text) => {
      expect(stateOf(text, 'history_cancer')).toBe('none');
    },
  );
});

describe('probing past the stories: a carer\'s "he hasn\'t peed today"', () => {
  it.each([["He hasn't peed today."], ['Not passed water at all.']])(
    '"%s" is trouble passing urine',
    (text) => {
      expect(stateOf(text, 'urinary_retention')).toBe('present');
    },
  );

  it('"peed fine today" is no trouble', () => {
    expect(stateOf('I peed fine today.', 'urinary_retention')).not.toBe('present');
  });
});
