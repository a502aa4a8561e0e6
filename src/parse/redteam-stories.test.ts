/**
 * Wrong readings found by probing the language of the clinical red-team cases
 * (src/eval/testing/redteam.json): each is a way of saying a finding, fixed as a pattern in the English
 * lexicon, with ordinary sentences those patterns must not misread.
 */
import { describe, expect, it } from 'vitest';
import { stateOf } from './testing/read.ts';

describe('red-team language: findings said in ways the lexicon missed', () => {
  it.each([
    // Having smoked stays an aneurysm risk (clinical.md: "smoker or ex-smoker").
    ["I'm 68, an ex-smoker with high blood pressure.", 'smoker'],
    ['Former smoker, 40 pack years.', 'smoker'],
    ['I gave up smoking in 2010.', 'smoker'],
    ['I quit the cigs five years ago.', 'smoker'],
    ['I no longer smoke.', 'smoker'],
    // Waves on a clock: labour's tightenings, a stone's colic.
    ['My backache comes and goes every fifteen minutes.', 'pain_colicky_waves'],
    ['The pain in my side comes and goes every few minutes.', 'pain_colicky_waves'],
    ['My back pain comes on every 10 minutes with my tummy going tight.', 'pain_colicky_waves'],
    // Worse lying down at night.
    ["It's worse when I lie down at night.", 'night_pain'],
    ['My back is worse when I go to bed at night.', 'night_pain'],
    // Not eased even lying still.
    ["Lying down doesn't help.", 'pain_constant_unrelenting'],
    ['Lying flat does not ease it.', 'pain_constant_unrelenting'],
    // "It" wakes me in the early hours: the pain the story is about.
    ['It wakes me at about 4 am so I have to get up and walk about.', 'wakes_second_half_night'],
    ['It keeps waking me at 2 am.', 'wakes_second_half_night'],
    // Vomiting made to happen (bulimia): the same loss of fluid and salts.
    ["I've been making myself sick after meals for months.", 'diarrhoea_or_vomiting_recent'],
    ['I made myself throw up a few times this week.', 'diarrhoea_or_vomiting_recent'],
    // The relief said before the standing still.
    [
      'My calf cramps after I have walked 200 yards and it goes if I just stand still for a minute.',
      'walking_pain_stops_standing_still',
    ],
    [
      'After a few hundred yards my legs hurt but it passes once I stand still.',
      'walking_pain_stops_standing_still',
    ],
    ['My buttock aches after walking, it stops if I stand still.', 'walking_pain_stops_standing_still'],
    // A transplant said with its date is still there, and so are its medicines.
    ['I had a kidney transplant five years ago and take tacrolimus.', 'immunosuppressed'],
    ['I had a kidney transplant five years ago and take tacrolimus.', 'kidney_disease'],
    ['I had a heart transplant ten years ago.', 'immunosuppressed'],
    ['History of renal transplant, on tacrolimus.', 'kidney_disease'],
    // A medicine taken now, with a date said of something else or of when it began.
    ["I'm 58 and take apixaban for a clot I had last year.", 'med_anticoagulant'],
    ["I've been on warfarin since a clot two years ago.", 'med_anticoagulant'],
    ["I'm on apixaban since a DVT last year.", 'med_anticoagulant'],
    ['I take methotrexate for arthritis I was diagnosed with years ago.', 'immunosuppressed'],
    // Easing lying on one side; easier today.
    ['It eases when I sit or lie on my side.', 'pain_eases_stretch_rest'],
    ['The ache settles if I lie on my back for a bit.', 'pain_eases_stretch_rest'],
    ["It's a bit easier today.", 'improving'],
    ['My back is easier this morning.', 'improving'],
    // Better moving about, not with rest.
    [
      "My back feels better after I've been moving about for a while, resting makes it worse.",
      'better_exercise_not_rest',
    ],
    ["Exercise helps but rest doesn't.", 'better_exercise_not_rest'],
    ["Walking helps, rest doesn't.", 'better_exercise_not_rest'],
    // A caesarean is an operation and a hospital stay.
    ['I had my baby by caesarean two weeks ago.', 'recent_immobility_or_hospital'],
    ['Emergency caesarean last week.', 'recent_immobility_or_hospital'],
    // The second leg joining the first.
    ['For two days the pain has started going down my left leg too.', 'leg_pain_both_legs'],
    ["Now it's going down my other leg as well.", 'leg_pain_both_legs'],
    ['The sciatica has spread into my right leg too.', 'leg_pain_both_legs'],
    // Numbness spreading up "it", the one leg just named; "them", both.
    [
      'My right leg has been getting weaker over the past week and the numbness is spreading up it.',
      'numbness_one_leg',
    ],
    ['My left foot went numb and the tingling is creeping up it.', 'numbness_one_leg'],
    ['My legs are weak and the numbness is spreading up them.', 'numbness_both_legs'],
  ])('%s → %s present', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    // Standing still as the relief is not standing that brings the pain on.
    [
      'My calf cramps after I have walked 200 yards and it goes if I just stand still for a minute.',
      'standing_alone_brings_pain',
      'none',
    ],
    ['The pain comes and goes.', 'pain_colicky_waves', 'none'],
    ['Worse when I walk, fine at night.', 'night_pain', 'none'],
    ['Lying down helps.', 'pain_constant_unrelenting', 'none'],
    ['It wakes me at 11 pm.', 'wakes_second_half_night', 'none'],
    ['Feeling sick this morning.', 'diarrhoea_or_vomiting_recent', 'none'],
    ["I don't smoke.", 'smoker', 'absent'],
    ["I've never smoked.", 'smoker', 'absent'],
    ['I had a hair transplant last year.', 'immunosuppressed', 'none'],
    ['When I lie on my side it gets worse.', 'pain_eases_stretch_rest', 'none'],
    ["It's not easier today.", 'improving', 'absent'],
    ["Rest helps but walking doesn't.", 'better_exercise_not_rest', 'none'],
    ['I had a caesarean eight years ago.', 'recent_immobility_or_hospital', 'none'],
    // A medicine said in the past, or given up, stays past.
    ['I was on warfarin two years ago.', 'med_anticoagulant', 'none'],
    ['I was on warfarin for a clot I had last year.', 'med_anticoagulant', 'none'],
    ['I took naproxen last year.', 'med_nsaid', 'none'],
    ['I used to take warfarin.', 'med_anticoagulant', 'none'],
    ['I stopped warfarin last year.', 'med_anticoagulant', 'none'],
    ["I'm waiting for a kidney transplant.", 'immunosuppressed', 'none'],
    ['My dad had a kidney transplant years ago.', 'immunosuppressed', 'none'],
    ["It's moved to my left leg now.", 'leg_pain_both_legs', 'none'],
    ['Pain down my left leg, the other leg is fine.', 'leg_pain_both_legs', 'absent'],
    ['My back hurts and the numbness is spreading up it.', 'numbness_one_leg', 'none'],
    // Gave up: never read as a denial.
    ["I don't smoke any more.", 'smoker', 'none'],
  ])('%s → %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });
});
