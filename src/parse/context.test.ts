/**
 * Context: negation and its scope, hedges, other people, things feared or over.
 */
import { describe, expect, it } from 'vitest';
import { read, stateOf } from './testing/read.ts';

describe('negation and its scope', () => {
  it.each([
    ['No numbness.', 'numbness_both_legs', 'absent'],
    ["I haven't had a fever.", 'fever', 'absent'],
    ['Denies back pain.', 'pain_lower_back', 'absent'],
    ['I have back pain without any tingling in my legs.', 'numbness_both_legs', 'absent'],
    ['I have never had cancer.', 'history_cancer', 'absent'],
    ['Negative for urinary incontinence.', 'incontinence', 'absent'],
    ["My legs aren't numb.", 'numbness_both_legs', 'absent'],
    ['No problems peeing.', 'urinary_retention', 'absent'],
    ['My bladder is fine.', 'urinary_retention', 'absent'],
  ])('"%s" denies %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('runs through a list, and stops at "but"', () => {
    const text = 'No fever, chills or weight loss, but my back is killing me.';
    expect(stateOf(text, 'fever')).toBe('absent');
    expect(stateOf(text, 'chills_rigors')).toBe('absent');
    expect(stateOf(text, 'weight_loss_unexplained')).toBe('absent');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
  });

  it('runs through short list items only, not into a statement after a comma', () => {
    const text = 'No injury, sudden pain in my back with chills.';
    expect(stateOf(text, 'onset_major_trauma')).toBe('absent');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
    expect(stateOf(text, 'chills_rigors')).toBe('present');
    const list = 'He denies radiation, numbness, weakness, bowel or bladder changes, fever, or weight loss.';
    expect(stateOf(list, 'fever')).toBe('absent');
    expect(stateOf(list, 'weight_loss_unexplained')).toBe('absent');
  });

  it('starts no list at a complaint put as a "not", nor at a statement of normality it turns round', () => {
    for (const [text, other] of [
      ['Not eating much, vomiting, fever since yesterday.', 'nausea_vomiting'],
      ['No appetite, vomiting and fever.', 'nausea_vomiting'],
      ["Haven't eaten, been throwing up, high temperature.", 'nausea_vomiting'],
      ['Not sleeping well, fever and chills.', 'chills_rigors'],
    ] as const) {
      expect(stateOf(text, 'fever'), text).toBe('present');
      expect(stateOf(text, other), text).toBe('present');
    }
    expect(stateOf('Not great, back pain 8/10, vomiting.', 'pain_lower_back')).toBe('present');
    expect(stateOf('Not able to sleep, tingling in both legs.', 'numbness_both_legs')).toBe('present');
    // A plain list still runs on, and a denial still reaches its own words.
    expect(stateOf('No swelling, fever or weight loss.', 'fever')).toBe('absent');
    expect(stateOf('Not eating much, no fever.', 'fever')).toBe('absent');
  });

  it.each([
    ['No way I can stand up straight, pain shoots down my left leg.', 'pain_worse_movement'],
    ['No chance I can walk, both legs are weak.', 'weakness_both_legs'],
    ['Nothing seems to work, tingling in my feet and hands.', 'numbness_both_legs'],
    ["Can't get comfy, not even lying down, feel sick and shivery.", 'chills_rigors'],
    ["Without my painkillers I can't move.", 'pain_worse_movement'],
    ['No relief from ibuprofen, pain going down both legs.', 'med_nsaid'],
    ['Never had back pain like this, it came on suddenly.', 'pain_lower_back'],
    ["I couldn't stop myself wetting myself this morning.", 'incontinence'],
    ["This back pain won't go away, even at night.", 'night_pain'],
  ])('"%s" denies nothing: %s is there', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('never turns round a phrase that holds its own negation', () => {
    // "can't feel it when I wipe" is numbness stated with a negation word, not a second denial.
    expect(stateOf("Not had a poo for 3 days and can't feel it when I wipe.", 'saddle_numbness')).toBe(
      'present',
    );
    expect(stateOf("No fever and can't pee since this morning.", 'urinary_retention')).toBe('present');
    expect(stateOf("No fever and can't pee since this morning.", 'fever')).toBe('absent');
  });

  it('still denies what eases the pain: "won\'t go away with rest" is no easing', () => {
    expect(stateOf("The pain won't go away with rest.", 'pain_eases_stretch_rest')).toBe('absent');
    expect(stateOf("It doesn't settle when I lie down.", 'pain_eases_stretch_rest')).toBe('absent');
  });

  it('starts no list at a statement about background that holds itself ("I don\'t smoke", "no allergies")', () => {
    expect(stateOf("I don't smoke, fever of 39.", 'fever')).toBe('present');
    expect(stateOf("I don't smoke, fever of 39.", 'smoker')).toBe('absent');
    expect(stateOf('No allergies, fever and back pain.', 'pain_lower_back')).toBe('present');
    expect(stateOf("I don't drink, fever since Monday.", 'fever')).toBe('present');
    expect(stateOf('No diabetes, heart disease or high blood pressure.', 'heart_disease')).toBe('absent');
  });

  it('reads dictation with no commas: a new subject after a denied finding starts a new clause', () => {
    expect(stateOf('no fever my back hurts', 'pain_lower_back')).toBe('present');
    expect(stateOf('no fever my back hurts', 'fever')).toBe('absent');
    expect(stateOf('no fever I have back pain and I cant pee', 'urinary_retention')).toBe('present');
    // A cue that has named nothing yet reaches on.
    expect(stateOf('not sure if I have a fever my legs are weak', 'fever')).toBe('unknown');
    expect(stateOf("I don't think I have a fever.", 'fever')).toBe('unknown');
  });

  it('dates with "history of" only what stands before the next comma', () => {
    const text = 'History of breast cancer, lumbar pain for 2 weeks.';
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
    expect(stateOf(text, 'history_cancer')).toBe('present');
  });

  it('ends a denial at what a note reports, and at an item with its own verb', () => {
    expect(stateOf('Patient denies fever, reports urinary retention.', 'urinary_retention')).toBe('present');
    expect(stateOf('Not feverish, legs are weak.', 'weakness_both_legs')).toBe('present');
    expect(stateOf('no problems peeing legs feel weak', 'weakness_both_legs')).toBe('present');
    expect(stateOf('not even able to pee', 'urinary_retention')).toBe('present');
  });

  it('takes a medicine given up as not taken now, and only the one it names', () => {
    expect(stateOf('I take warfarin and stopped taking ibuprofen.', 'med_anticoagulant')).toBe('present');
    expect(stateOf("I'm on warfarin and came off my bike yesterday.", 'med_anticoagulant')).toBe('present');
    expect(stateOf("I'm on warfarin and came off my bike yesterday.", 'onset_minor_fall')).toBe('present');
    expect(stateOf('I stopped ibuprofen last week.', 'med_nsaid')).toBe('none');
  });

  it('takes a medicine given up as not taken now', () => {
    expect(stateOf('I stopped taking ibuprofen because it hurt my stomach.', 'med_nsaid')).toBe('none');
    expect(stateOf('I came off warfarin last month.', 'med_anticoagulant')).toBe('none');
    expect(stateOf('I take naproxen, and I stopped using the gel.', 'med_nsaid')).toBe('present');
  });

  it('reads "is normal" of what stands right before it, and "ruled out" of a list', () => {
    expect(stateOf("I've lost control of my bladder, bowels are fine.", 'incontinence')).toBe('present');
    expect(stateOf('My legs feel weak, sensation is normal.', 'weakness_both_legs')).toBe('present');
    expect(stateOf('Numb bum, everything else is normal.', 'saddle_numbness')).toBe('present');
    expect(stateOf('Saddle numbness present, leg weakness: absent.', 'saddle_numbness')).toBe('present');
    expect(stateOf('Urinary retention 2 days, fever neg.', 'urinary_retention')).toBe('present');
    expect(stateOf('Fever and chills were ruled out.', 'fever')).toBe('absent');
    // Said of one ("was"), or of one past a comma, it rules out only that one.
    expect(stateOf('I have weak legs and cancer was ruled out.', 'weakness_both_legs')).toBe('present');
    expect(stateOf('Legs weak, fever ruled out.', 'weakness_both_legs')).toBe('present');
    expect(stateOf('Weak legs, fever maybe.', 'weakness_both_legs')).toBe('present');
    expect(stateOf('Numbness and weakness have resolved.', 'weakness_both_legs')).toBe('absent');
    expect(stateOf('Fever, chills and rigors: absent.', 'fever')).toBe('absent');
    expect(stateOf('Saddle numbness and retention possibly.', 'saddle_numbness')).toBe('unknown');
  });

  it('holds a denial of alternatives to the end of the list, a time after it included', () => {
    expect(stateOf('No fever, numbness or incontinence today.', 'incontinence')).toBe('absent');
    // Only alternatives in the item itself: "no fever or chills, wet myself this morning" says it.
    expect(stateOf('No fever or chills, wet myself this morning.', 'incontinence')).toBe('present');
    expect(
      stateOf('No fever, saddle numbness or incontinence in the last 24 hours.', 'saddle_numbness'),
    ).toBe('absent');
  });

  it('keeps "no way" and "not even" as denials unless they say what cannot be done', () => {
    expect(stateOf('No way I have a fever.', 'fever')).toBe('absent');
    expect(stateOf('Not even a bit of tingling in my legs.', 'numbness_both_legs')).toBe('absent');
  });

  it('stops at a list item with a time of its own', () => {
    const text = 'No fever, urinary incontinence since yesterday.';
    expect(stateOf(text, 'incontinence')).toBe('present');
    expect(stateOf(text, 'fever')).toBe('absent');
    expect(stateOf('Denies fever, chills or weight loss.', 'weight_loss_unexplained')).toBe('absent');
  });

  it('stops at a list item that starts with "with"', () => {
    expect(stateOf('No fever, with vomiting.', 'nausea_vomiting')).toBe('present');
    expect(stateOf('No injury, with chills and back pain.', 'chills_rigors')).toBe('present');
    expect(stateOf('No fever, with vomiting.', 'fever')).toBe('absent');
  });

  it('keeps a warning sign when what would explain it away is denied', () => {
    // Numb feet are long-standing neuropathy only in someone with diabetes.
    expect(stateOf("I don't have diabetes but my feet are numb.", 'numbness_both_legs')).toBe('present');
    expect(stateOf('I have diabetes and my feet are numb.', 'numb_feet_neuropathy')).toBe('present');
  });

  it('stops at a cause given after a denial, and at "apart from"', () => {
    expect(stateOf("I couldn't sleep because of the back pain.", 'pain_lower_back')).toBe('present');
    expect(stateOf("I can't walk far because my calves cramp.", 'calf_cramp_walking')).toBe('present');
    expect(stateOf('No pain anywhere apart from my lower back.', 'pain_lower_back')).toBe('present');
  });

  it('stops at a new clause after a comma or "and"', () => {
    expect(stateOf('No fever, my back hurts a lot.', 'pain_lower_back')).toBe('present');
    expect(stateOf("I haven't got any numbness and it's starting to ease.", 'improving')).toBe('present');
  });

  it('reads a warning sign stated with a negation as present: "can\'t pee" is not a denial', () => {
    expect(stateOf("I can't pee since yesterday.", 'urinary_retention')).toBe('present');
    expect(stateOf("I haven't been able to wee since this morning.", 'urinary_retention')).toBe('present');
    expect(stateOf("Since last night I can't feel my bum when I wipe.", 'saddle_numbness')).toBe('present');
    expect(
      stateOf(
        'Sitting down I have no pain at all, but walking brings on pain in both legs.',
        'no_pain_seated',
      ),
    ).toBe('present');
  });

  it('does not take pseudo-negations for denials', () => {
    expect(stateOf('My back is no better than last week.', 'pain_lower_back')).toBe('present');
    expect(stateOf('It is no worse than when it started.', 'getting_worse')).toBe('absent');
    expect(stateOf('It is not only my back, my neck aches too.', 'pain_lower_back')).toBe('present');
    expect(stateOf('Without warning my back locked up.', 'muscle_knot_tight')).toBe('present');
    expect(stateOf('My back went for no reason.', 'pain_lower_back')).toBe('present');
  });

  it('never infers absent from silence', () => {
    expect(stateOf('My lower back aches after gardening.', 'saddle_numbness')).toBe('none');
    expect(stateOf('My lower back aches after gardening.', 'fever')).toBe('none');
  });

  it('lets a mention anywhere win over a denial elsewhere: present beats absent', () => {
    const text =
      'No bleeding so far, but my tummy keeps tightening every ten minutes. I am 34 weeks pregnant.';
    expect(stateOf(text, 'pregnancy_bleeding_or_contractions', { sex: 'female' })).toBe('present');
  });
});

describe('hedges', () => {
  it.each([
    ['Maybe I have a temperature.', 'fever'],
    ["I'm not sure if it hurts when I pee.", 'burning_urination'],
    ['I think I might have lost some weight.', 'weight_loss_unexplained'],
    ["I haven't checked my temperature.", 'fever'],
    ["As far as I know I haven't got thin bones.", 'osteoporosis'],
    ["I don't know if my blood pressure is high.", 'high_blood_pressure'],
    ['We have no thermometer.', 'fever'],
  ])('"%s" leaves %s unknown, never absent', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it('keeps a hedged pain score: a score is always an estimate', () => {
    expect(stateOf('It is maybe a 4 out of 10.', 'pain_severity')).toBe('present');
  });

  it('reads "not sure" about a tetanus jab as not up to date, as the question counts it', () => {
    expect(
      stateOf(
        'I cut my hand on a rusty nail. Not sure when my last tetanus jab was.',
        'tetanus_vaccine_not_up_to_date',
      ),
    ).toBe('present');
    expect(stateOf('I had a tetanus booster three years ago.', 'tetanus_vaccine_not_up_to_date')).toBe(
      'absent',
    );
    expect(
      stateOf("I haven't had a tetanus jab since I was at school.", 'tetanus_vaccine_not_up_to_date'),
    ).toBe('present');
  });
});

describe('who the story is about', () => {
  it('leaves out what other people have', () => {
    const text =
      'My mum had breast cancer and my dad had a slipped disc, but I have never had anything like this. I strained my back lifting.';
    expect(stateOf(text, 'history_cancer')).toBe('none');
    expect(stateOf(text, 'previous_similar_diagnosis_sciatica')).toBe('none');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
  });

  it('continues with "he" or "she" in the next clause of the same sentence', () => {
    const text = 'My sister has the same thing, she has sciatica. I have pain in my lower back only.';
    expect(stateOf(text, 'leg_pain_below_knee')).toBe('none');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
  });

  it('continues with "he" or "she" in the next sentence', () => {
    const text = 'My brother has kidney disease. He is on dialysis. My lower back hurts.';
    expect(stateOf(text, 'kidney_disease')).toBe('none');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
  });

  it('takes someone who only reports as a reporter, not the one with the symptom', () => {
    expect(stateOf("My wife says I'm grey and sweaty.", 'sweaty_clammy_pale')).toBe('present');
  });

  it("reads a story told about someone else as that person's", () => {
    const text =
      'My mum is 82 and has osteoporosis. Yesterday she tripped on the rug and now her lower back hurts.';
    expect(stateOf(text, 'osteoporosis')).toBe('present');
    expect(stateOf(text, 'onset_minor_fall')).toBe('present');
    expect(stateOf(text, 'pain_lower_back')).toBe('present');
    const written = "I'm writing for my dad. He fell off a ladder yesterday and he's on warfarin.";
    expect(stateOf(written, 'onset_major_trauma')).toBe('present');
    expect(stateOf(written, 'med_anticoagulant')).toBe('present');
  });

  it('still leaves out a third person in a story told for someone else', () => {
    const text =
      'My son is 19. His flatmate has flu. Since yesterday he has had a stiff neck and a bad headache.';
    expect(stateOf(text, 'neck_stiffness_headache')).toBe('present');
  });
});

describe('fears, questions and the past', () => {
  it('does not take a fear or a question for a finding', () => {
    expect(stateOf("I'm scared it's cancer.", 'history_cancer')).toBe('none');
    expect(stateOf("I'm scared it's cancer.", 'struggling_to_cope')).toBe('present');
    expect(stateOf('Is it OK to take ibuprofen?', 'med_nsaid')).toBe('none');
    expect(stateOf('My GP told me to look out for numbness around my bottom.', 'saddle_numbness')).toBe(
      'none',
    );
    const readAbout = "I read that numbness around the bottom is serious, I don't have that.";
    expect(stateOf(readAbout, 'saddle_numbness')).toBe('none');
  });

  it('ends a fear at the reason given for it', () => {
    const text = "I'm scared it's cancer because I've lost weight.";
    expect(stateOf(text, 'history_cancer')).toBe('none');
    expect(stateOf(text, 'weight_loss_unexplained')).toBe('present');
    // The reason may itself be hedged.
    expect(stateOf('The pain is bad because I think I have a fever.', 'fever')).toBe('unknown');
  });

  it('keeps past events that are history by nature, and drops past symptoms', () => {
    expect(stateOf('I had breast cancer six years ago.', 'history_cancer')).toBe('present');
    expect(stateOf("I've had kidney stones before.", 'previous_kidney_stones')).toBe('present');
    expect(stateOf('I used to take warfarin.', 'med_anticoagulant')).toBe('none');
    // Having smoked is an aneurysm risk that stays (clinical.md: "smoker or ex-smoker").
    expect(stateOf('I used to smoke.', 'smoker')).toBe('present');
    // The phrase for a past diagnosis holds "ago": it still dates the leg pain, and not this episode.
    const before = 'I had sciatica 5 years ago, but this is different, just a stiff lower back.';
    expect(stateOf(before, 'previous_similar_diagnosis_sciatica')).toBe('present');
    expect(stateOf(before, 'leg_pain_below_knee')).toBe('none');
    expect(read(before).get('duration_days')).toBeUndefined();
  });

  it('asks again about a symptom said to be over ("had shingles … no rash now")', () => {
    const text = 'I had shingles two months ago. There is no rash now but the strip still burns.';
    expect(stateOf(text, 'rash_band_one_side')).toBe('none');
  });
});
