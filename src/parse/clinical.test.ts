/**
 * Clinical wording: case reports, triage notes, GP letters and discharge summaries ("O/E reduced power
 * L5", "gait normal", "continent", "fall from standing height"). Each case here was misread before the
 * words of src/knowledge/lexicon/en/clinical-notes.ts or the rule it names.
 */
import { describe, expect, it } from 'vitest';
import { numberOf, read, stateOf } from './testing/read.ts';

describe('the examination of the legs as a note writes it', () => {
  it.each([
    ['O/E reduced power L5 on the right, SLR positive.', 'weakness_one_leg', 'present'],
    ['Power reduced on the left.', 'weakness_one_leg', 'present'],
    ['Power 4/5 in the left leg.', 'weakness_one_leg', 'present'],
    ['Reduced power bilaterally.', 'weakness_both_legs', 'present'],
    ['Power 5/5 throughout.', 'weakness_both_legs', 'absent'],
    ['Full power in both legs.', 'weakness_one_leg', 'absent'],
    ['Reduced sensation L4 dermatome.', 'numbness_one_leg', 'present'],
    ['Sensation intact throughout.', 'numbness_both_legs', 'absent'],
    ['Gait normal.', 'unsteady_walking', 'absent'],
    ['Broad-based gait.', 'unsteady_walking', 'present'],
    ['Calves soft and non-tender.', 'calf_swollen_red_one_side', 'absent'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('says nothing of unsteadiness for a painful gait', () => {
    expect(stateOf('Antalgic gait.', 'unsteady_walking')).toBe('none');
  });

  it('keeps the saddle apart from the legs', () => {
    const intact = read('Perianal sensation intact.');
    expect(intact.get('saddle_numbness')?.state).toBe('absent');
    expect(intact.has('numbness_one_leg')).toBe(false);
    expect(stateOf('Saddle sensation intact.', 'saddle_numbness')).toBe('absent');
    const reduced = read('Reduced saddle sensation on the left.');
    expect(reduced.get('saddle_numbness')?.state).toBe('present');
    expect(reduced.has('numbness_one_leg')).toBe(false);
  });

  it('reads "non-tender" after a body part as a denial', () => {
    expect(stateOf('Calves soft and non-tender.', 'leg_pain_both_legs')).toBe('none');
  });
});

describe('bladder, bowels and sphincters as a note writes them', () => {
  it.each([
    ['Bladder and bowels normal.', 'incontinence', 'absent'],
    ['Bladder and bowels normal.', 'urinary_retention', 'absent'],
    ['PU normal.', 'urinary_retention', 'absent'],
    ['Continent of urine and faeces.', 'incontinence', 'absent'],
    ['Doubly continent.', 'incontinence', 'absent'],
    ['Bowel function normal.', 'incontinence', 'absent'],
    ['No sphincter disturbance.', 'incontinence', 'absent'],
    ['New sphincter disturbance.', 'incontinence', 'unknown'],
    ['Post-void residual of 600 ml.', 'urinary_retention', 'present'],
    ['PVR 40 ml.', 'urinary_retention', 'absent'],
    ['Bladder scan 150 ml.', 'urinary_retention', 'unknown'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('reads "ED" as the emergency department after a place word, and as erectile dysfunction alone', () => {
    expect(stateOf('Catheterised in ED for retention.', 'sexual_dysfunction_new', { sex: 'male' })).toBe(
      'none',
    );
    expect(stateOf('Attended ED last night with back pain.', 'sexual_dysfunction_new', { sex: 'male' })).toBe(
      'none',
    );
    expect(stateOf('Reports new ED.', 'sexual_dysfunction_new', { sex: 'male' })).toBe('present');
  });
});

describe('trauma as a note grades it', () => {
  it('reads a fall from standing height as a minor fall, not a fall from a height', () => {
    const r = read('Fall from standing height onto her back.');
    expect(r.get('onset_minor_fall')?.state).toBe('present');
    expect(r.has('onset_major_trauma')).toBe(false);
    expect(stateOf('Low-energy fall at home.', 'onset_minor_fall')).toBe('present');
  });

  it('still reads a fall from a ladder as serious', () => {
    const r = read('Fell from a ladder at work.');
    expect(r.get('onset_major_trauma')?.state).toBe('present');
    expect(r.has('onset_minor_fall')).toBe(false);
  });

  it('reads "atraumatic" as no injury', () => {
    const r = read('Atraumatic onset of low back pain.');
    expect(r.get('onset_major_trauma')?.state).toBe('absent');
    expect(r.get('onset_minor_fall')?.state).toBe('absent');
  });

  it('reads a step in the spine as a change of its shape', () => {
    expect(stateOf('Palpable step deformity at L1.', 'lump_or_shape_change')).toBe('present');
  });
});

describe('the whole person as a note writes it', () => {
  it.each([
    ['Systemically unwell.', 'feels_very_unwell', 'present'],
    ['Looks unwell and clammy.', 'feels_very_unwell', 'present'],
    ['Well in himself.', 'feels_very_unwell', 'absent'],
    ['Scleral icterus.', 'yellow_skin_eyes', 'present'],
    ['Vesicular rash in a dermatomal distribution.', 'rash_band_one_side', 'present'],
    ['PV bleeding since this morning.', 'abnormal_vaginal_discharge_or_bleeding', 'present'],
    ['Pain worse with Valsalva.', 'pain_worse_cough_sneeze', 'present'],
    ['Unable to tolerate oral fluids.', 'cannot_keep_fluids_down', 'present'],
    ['Tolerating oral fluids.', 'cannot_keep_fluids_down', 'absent'],
    ['Hx of renal calculi.', 'previous_kidney_stones', 'present'],
    ['Wt loss of 6 kg over 3 months.', 'weight_loss_unexplained', 'present'],
    ['Weight stable.', 'weight_loss_unexplained', 'absent'],
    ['Drinks 40 units a week.', 'alcohol_regular', 'present'],
    ['Not anticoagulated.', 'med_anticoagulant', 'absent'],
    ['On anticoagulation for a PE.', 'med_anticoagulant', 'present'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('does not read low blood pressure as high', () => {
    expect(stateOf('Hypotensive, clammy and pale.', 'high_blood_pressure')).toBe('none');
    expect(stateOf('Hypertensive, on ramipril.', 'high_blood_pressure')).toBe('present');
  });

  it('reads neurogenic claudication as spinal, not a calf artery cramp', () => {
    const r = read('Neurogenic claudication: pain in both legs on walking, relieved by sitting.');
    expect(r.get('walking_pain_needs_sitting_bending')?.state).toBe('present');
    expect(r.has('calf_cramp_walking')).toBe(false);
  });

  it('does not read something else that comes and goes as pain that is not constant', () => {
    expect(stateOf('Intermittent paraesthesia in the right foot.', 'pain_constant_unrelenting')).toBe('none');
    expect(stateOf('Palpitations intermittently.', 'pain_constant_unrelenting')).toBe('none');
    expect(stateOf('Intermittent back pain.', 'pain_constant_unrelenting')).toBe('absent');
  });
});

describe('scores', () => {
  it('takes the score a "now" word stands beside, not another in its clause', () => {
    expect(numberOf('Pain 9/10 at worst, currently 6/10.', 'pain_severity')).toBe(6);
    expect(numberOf('Pain currently 6/10, 9/10 at worst.', 'pain_severity')).toBe(6);
    expect(numberOf('Pain 9/10 at worst, 6/10 at present.', 'pain_severity')).toBe(6);
  });
});

describe('warning signs put with their own "not" or "unable"', () => {
  it.each([
    ['Not passing urine since yesterday.', 'urinary_retention', 'present'],
    ['Unable to void.', 'urinary_retention', 'present'],
    ['Not opened bowels for 3 days, unable to feel when wiping.', 'saddle_numbness', 'present'],
    ['Unable to stand on tiptoes on the left.', 'weakness_one_leg', 'present'],
    ['Unable to heel walk on the right.', 'weakness_one_leg', 'present'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('does not read bowels not opened as a denial of incontinence', () => {
    expect(stateOf('Bowels not opened for 3 days.', 'incontinence')).toBe('none');
    expect(stateOf('Has not opened his bowels since Friday.', 'incontinence')).toBe('none');
  });
});

describe('safety-netting, discussion and differentials are not symptoms', () => {
  it.each([
    ['Red flag symptoms discussed, including saddle anaesthesia and incontinence.', 'saddle_numbness'],
    ['Safety netting: return if fever, numbness or bladder problems.', 'fever'],
    ['Should he develop urinary retention he is to attend ED immediately.', 'urinary_retention'],
    ['Differential includes pyelonephritis and renal colic.', 'pain_colicky_waves'],
    ['Worsening advice given.', 'getting_worse'],
  ])('"%s" gives no %s', (text, id) => {
    expect(stateOf(text, id, { sex: 'male' })).toBe('none');
  });

  it('still reads what the note says is there beside the advice', () => {
    expect(stateOf('Reports saddle anaesthesia; safety netting advice given.', 'saddle_numbness')).toBe(
      'present',
    );
  });

  it('reads "none found" and a verbless "absent" after a finding as its denial', () => {
    expect(stateOf('Examined for saddle anaesthesia, none found.', 'saddle_numbness')).toBe('absent');
    expect(stateOf('Saddle anaesthesia absent.', 'saddle_numbness')).toBe('absent');
    expect(stateOf('Pulsatile mass not found.', 'pulsing_in_belly')).toBe('absent');
  });
});

describe('time as a note writes it', () => {
  it.each([
    ["Back pain of 2 weeks' duration.", 14],
    ['LBP x 10d.', 10],
    ['Presented on day 3 of symptoms with back pain.', 3],
    ['Back pain began 3 weeks prior to presentation.', 21],
  ])('"%s" lasted %d days', (text, days) => {
    expect(numberOf(text, 'duration_days', { today: '2026-12-07' })).toBe(days);
  });
});

describe('background and bladder findings as a note writes them', () => {
  it.each([
    ['Palpable bladder.', 'urinary_retention', 'present'],
    ['Stress incontinence since childbirth.', 'incontinence', 'unknown'],
    ['Intentional weight loss of 10 kg with diet.', 'weight_loss_unexplained', 'absent'],
    ['Long-term steroid use for COPD.', 'med_steroid_long_term', 'present'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('keeps new incontinence a warning sign', () => {
    expect(stateOf('New urinary incontinence since this morning.', 'incontinence')).toBe('present');
  });

  it('does not read bowel urgency as urinary frequency', () => {
    expect(stateOf('Admits to faecal urgency.', 'burning_urination')).toBe('none');
  });
});

describe("a note's list of denials and affirmations", () => {
  it('ends a denial list at an item the note affirms', () => {
    const r = read('No fever, rigors present.');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('chills_rigors')?.state).toBe('present');
    expect(stateOf('No fever, saddle anaesthesia +ve.', 'saddle_numbness')).toBe('present');
    expect(stateOf('Nil fever, weight loss noted.', 'weight_loss_unexplained')).toBe('present');
  });

  it('keeps a list of alternatives denied to its end, and a first item denied', () => {
    expect(stateOf('No fever, chills or rigors present.', 'chills_rigors')).toBe('absent');
    expect(stateOf('No rigors present.', 'chills_rigors')).toBe('absent');
  });

  it.each([
    ['Fever: no.', 'fever'],
    ['Incontinence: no.', 'incontinence'],
    ['Saddle anaesthesia - denies.', 'saddle_numbness'],
    ['Urinary retention - nil.', 'urinary_retention'],
    ['Fever, rigors, weight loss: all negative.', 'weight_loss_unexplained'],
    ['Denies all of the following: fever, chills, weight loss.', 'chills_rigors'],
    ['No: fever, rigors, weight loss.', 'fever'],
    ['No c/o fever.', 'fever'],
  ])('"%s" denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });

  it('does not carry a denial over "c/o" to what the note says is there', () => {
    const r = read('Denies fever, c/o rigors.');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('chills_rigors')?.state).toBe('present');
    expect(stateOf('Fever: no. Rigors: yes.', 'chills_rigors')).toBe('present');
  });
});

describe("notes' abbreviations and examination findings of the whole body", () => {
  it.each([
    ['CP radiating to the L arm and jaw.', 'pain_chest', 'present'],
    ['Denies CP/SOB/palpitations.', 'pain_chest', 'absent'],
    ['N+V x 3.', 'nausea_vomiting', 'present'],
    ['Abdo pain radiating to the back.', 'pain_abdomen', 'present'],
    ['LIF pain.', 'pain_abdomen', 'present'],
    ['Palps on exertion.', 'palpitations', 'present'],
    ['Dyspnoeic at rest.', 'breathless', 'present'],
    ['GCS 12, drowsy.', 'confusion_drowsy', 'present'],
    ['GCS 15.', 'confusion_drowsy', 'absent'],
    ['Orientated to time, place and person.', 'confusion_drowsy', 'absent'],
    ['Kyphosis and height loss.', 'lump_or_shape_change', 'present'],
    ['Neutropenic after chemo.', 'immunosuppressed', 'present'],
    ['Recent Staph aureus bacteraemia.', 'recent_infection_or_spinal_procedure', 'present'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('does not read a collapsed vertebra as a faint, nor a lumbar procedure as back pain', () => {
    expect(stateOf('Osteoporotic vertebral collapse.', 'dizziness_fainting')).toBe('none');
    expect(stateOf('Collapsed at home.', 'dizziness_fainting')).toBe('present');
    expect(stateOf('Lumbar puncture last week.', 'pain_lower_back')).toBe('none');
  });
});

describe("the patient's relatives in a note", () => {
  it.each([
    ['His father died of bowel cancer.', 'history_cancer'],
    ['Her mother had breast cancer.', 'history_cancer'],
    ['His wife has HIV.', 'immunosuppressed'],
    ['FHx: father bowel cancer.', 'history_cancer'],
    ['Family history of AAA in his father.', 'known_aortic_aneurysm'],
  ])('"%s" gives no %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });

  it('still takes a story told for a relative as theirs', () => {
    expect(
      stateOf('My mum is 82 and has osteoporosis. She fell yesterday and her back hurts.', 'osteoporosis'),
    ).toBe('present');
  });

  it("reads what a relative reports of the patient as the patient's", () => {
    expect(stateOf('His wife reports that he has been confused since yesterday.', 'confusion_drowsy')).toBe(
      'present',
    );
  });
});

describe("a note's headings", () => {
  it('does not take a discharge from hospital for a discharge from the body', () => {
    expect(
      stateOf('Discharge summary: admitted with urosepsis.', 'abnormal_vaginal_discharge_or_bleeding', {
        sex: 'female',
      }),
    ).toBe('none');
  });

  it('reads "history of presenting complaint" as the complaint of now', () => {
    const r = read('History of presenting complaint: 4/7 of LBP, radiating to the right buttock.');
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(r.get('duration_days')?.value).toBe(4);
  });

  it('reads "power 5/5 in both legs" as full power', () => {
    expect(stateOf('Power 5/5 in both legs.', 'weakness_both_legs')).toBe('absent');
  });
});

describe('a normal examination with an exception never denies', () => {
  it.each([
    ['Power normal except left EHL 4/5.', 'weakness_one_leg'],
    ['Power 5/5 throughout except left ankle dorsiflexion 3/5.', 'weakness_one_leg'],
    ['Sensation intact apart from the right foot.', 'numbness_one_leg'],
    ['Neurologically intact apart from a foot drop.', 'weakness_both_legs'],
  ])('"%s" leaves %s open or present', (text, id) => {
    expect(['present', 'unknown']).toContain(stateOf(text, id));
  });

  it('reads absent or reduced sensation on one side as a numb leg', () => {
    expect(stateOf('Sensation absent in the L5 dermatome on the left.', 'numbness_one_leg')).toBe('present');
    expect(stateOf('Sensation reduced over the left foot.', 'numbness_one_leg')).toBe('present');
    expect(stateOf('Perianal sensation absent.', 'saddle_numbness')).toBe('present');
  });
});

describe('alcohol, pregnancy and tearing pain as a note writes them', () => {
  it('reads units of alcohol, not units of a vitamin or insulin', () => {
    expect(stateOf('Alcohol: 30 units per week.', 'alcohol_regular')).toBe('present');
    expect(stateOf('Takes vitamin D 1000 units daily.', 'alcohol_regular')).toBe('none');
    expect(stateOf('Insulin 20 units at night.', 'alcohol_regular')).toBe('none');
  });

  it("reads a note's weeks' gestation", () => {
    const r = read("At 36 weeks' gestation, with regular tightenings.", { sex: 'female' });
    expect(r.get('pregnant')?.state).toBe('present');
    expect(r.get('pregnant_over_20_weeks')?.state).toBe('present');
    expect(r.get('pregnancy_bleeding_or_contractions')?.state).toBe('present');
  });

  it('reads pain described as ripping, and its denial', () => {
    expect(stateOf('The pain is described as ripping.', 'pain_tearing_severe_sudden')).toBe('present');
    expect(stateOf('Not tearing in nature.', 'pain_tearing_severe_sudden')).toBe('absent');
  });
});

describe("a note's judgements and unmeasured temperatures", () => {
  it('leaves a fever open when the temperature was not measured', () => {
    expect(stateOf('Did not measure temperature.', 'fever')).toBe('unknown');
    expect(stateOf('Temperature not recorded at home.', 'fever')).toBe('unknown');
  });

  it('reads "unlikely" as open, not as said', () => {
    expect(stateOf('Unlikely to be urinary retention.', 'urinary_retention')).toBe('unknown');
  });
});

describe('a vignette that opens with the history', () => {
  it('ends the past at "presents with": the complaint and its time are of now', () => {
    const r = read(
      'A 62-year-old woman with a history of breast cancer presents with back pain for 3 weeks.',
    );
    expect(r.get('history_cancer')?.state).toBe('present');
    expect(r.get('pain_lower_back')?.state).toBe('present');
    expect(r.get('duration_days')?.value).toBe(21);
    expect(
      numberOf(
        'A 40-year-old man with a past history of kidney stones presents with 2 days of flank pain.',
        'duration_days',
      ),
    ).toBe(2);
  });

  it('still dates a past episode told alone', () => {
    expect(
      numberOf('History of sciatica 5 years ago, settled with physio.', 'duration_days'),
    ).toBeUndefined();
  });
});

describe("a note's shorthand for the bladder and bowels", () => {
  it.each([
    ['No B/B sx.', 'incontinence'],
    ['B&B normal.', 'urinary_retention'],
    ['No saddle anaes.', 'saddle_numbness'],
  ])('"%s" denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });

  it('reads "bilat" as both sides', () => {
    expect(stateOf('Bilat sciatica.', 'leg_pain_both_legs')).toBe('present');
  });
});

describe('past and present in one sentence', () => {
  it('reads "previously fit and well" as no past episode', () => {
    expect(numberOf('Previously well, she developed fever and rigors 2 days ago.', 'duration_days')).toBe(2);
  });

  it('ends a past history at a semicolon', () => {
    expect(
      numberOf('Long history of LBP; acute exacerbation 3 days ago after lifting.', 'duration_days'),
    ).toBe(3);
  });

  it('does not read a lumbar operation as back pain', () => {
    expect(stateOf('In 2015 he had a lumbar discectomy.', 'pain_lower_back')).toBe('none');
  });
});

describe('more warning signs and their denials as a note writes them', () => {
  it.each([
    ['Tetanus status unknown.', 'tetanus_vaccine_not_up_to_date', 'present'],
    ['Reports anorgasmia since onset.', 'sexual_dysfunction_new', 'present'],
    ['Denies sexual dysfunction.', 'sexual_dysfunction_new', 'absent'],
    ['Symptoms static.', 'getting_worse', 'absent'],
    ['Independent with ADLs.', 'stops_daily_activities', 'absent'],
    ['Unable to perform ADLs.', 'stops_daily_activities', 'present'],
    ['Widespread myalgia.', 'widespread_pain', 'present'],
    ['Nocturnal leg cramps.', 'leg_cramp_night', 'present'],
    ['Anuric since admission.', 'peeing_less', 'present'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id, { sex: 'male' })).toBe(state);
  });
});

describe('"no longer able", spikes of temperature and broken sleep', () => {
  it('reads "no longer able to pass urine" as retention, not its denial', () => {
    expect(stateOf('No longer able to pass urine.', 'urinary_retention')).toBe('present');
    expect(stateOf('No longer able to walk unaided, legs weak.', 'weakness_both_legs')).toBe('present');
  });

  it('reads a temperature that spiked', () => {
    expect(stateOf('Initially afebrile, spiked 39 overnight.', 'fever')).toBe('present');
    expect(stateOf('Spiked a temperature to 38.9.', 'fever')).toBe('present');
  });

  it('reads pain that breaks sleep as night pain', () => {
    expect(stateOf('Wakes 3-4 times a night with pain.', 'night_pain')).toBe('present');
    expect(stateOf('Pain disturbs sleep.', 'night_pain')).toBe('present');
  });
});

describe('a thing the person cannot do denies nothing after it', () => {
  it.each([
    ["Can't sleep, fever and chills.", 'fever'],
    ['Cannot weight bear, numb foot.', 'numbness_one_leg'],
    ["Doesn't mobilise, legs weak.", 'weakness_both_legs'],
    ['No longer able to walk, legs weak.', 'weakness_both_legs'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('still denies after a plain "no"', () => {
    expect(stateOf('No fever, chills or numbness.', 'chills_rigors')).toBe('absent');
  });
});

describe('a list of two items holds one kind of finding', () => {
  it.each([
    ['No injury, urinary retention.', 'urinary_retention'],
    ['No trauma, saddle anaesthesia.', 'saddle_numbness'],
    ['Not on any anticoagulants, haematuria.', 'blood_in_urine'],
    ['Not on steroids, diabetic.', 'diabetes'],
    ['Not been himself, confused and drowsy.', 'confusion_drowsy'],
    ['Not responding to treatment, night sweats and weight loss.', 'weight_loss_unexplained'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['No history of cancer, IVDU, immunosuppression.', 'immunosuppressed'],
    ['No anticoagulants, steroids.', 'med_anticoagulant'],
    ['No fever, weight loss, night sweats.', 'weight_loss_unexplained'],
    ['No red flags: no fever, weight loss, cancer history, IVDU, trauma.', 'history_cancer'],
    ['Denies radiation, numbness, weakness, fever, or weight loss.', 'fever'],
    ['No trauma, falls or injuries.', 'onset_minor_fall'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('more bladder, bowel and saddle signs as a note writes them', () => {
  it.each([
    ['Does not know when bladder is full.', 'urinary_retention'],
    ['Feeling of incomplete voiding.', 'urinary_retention'],
    ['Straining to void.', 'urinary_retention'],
    ['Loss of bladder sensation.', 'urinary_retention'],
    ['Faecal soiling.', 'incontinence'],
    ['Loss of anal sphincter control.', 'incontinence'],
    ['Reduced rectal sensation.', 'saddle_numbness'],
    ['EHL weakness on the right.', 'weakness_one_leg'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe("the patient's relative in a third-person note", () => {
  it('reads the next "she" or "he" as the patient, not the relative', () => {
    const r = read('A 40-year-old woman. Her sister has lupus. She reports saddle numbness.');
    expect(r.get('saddle_numbness')?.state).toBe('present');
    const h = read('A 58-year-old man. His brother died of a AAA. He presents with sudden back pain.');
    expect(h.get('onset_sudden')?.state).toBe('present');
    expect(h.has('known_aortic_aneurysm')).toBe(false);
  });

  it("still gives a relative's own sentence to the relative", () => {
    expect(stateOf('I have back pain. My dad had cancer. He needed chemotherapy.', 'immunosuppressed')).toBe(
      'none',
    );
  });
});

describe('a history with how long it has lasted is the complaint of now', () => {
  it('reads "h/o dysuria x 2 days" and "hx of LBP for 3/52"', () => {
    const r = read('h/o dysuria x 2 days, now c/o L loin pain and rigors.');
    expect(r.get('burning_urination')?.state).toBe('present');
    expect(r.get('duration_days')?.value).toBe(2);
    expect(numberOf('Hx of LBP for 3/52.', 'duration_days')).toBe(21);
  });

  it('still reads a history dated in the past as past', () => {
    expect(stateOf('History of fever 5 years ago.', 'fever')).toBe('none');
  });
});

describe('a verbless "normal" speaks only of the finding right before it', () => {
  it.each([
    ['Back pain x-ray normal.', 'pain_lower_back'],
    ['Urinary retention renal function normal.', 'urinary_retention'],
    ['Numbness in both feet with reflexes intact.', 'numbness_both_legs'],
    ['Back pain with reflexes absent.', 'pain_lower_back'],
  ])('"%s" still says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('denies the finding right before it', () => {
    expect(stateOf('Fever, rigors absent.', 'chills_rigors')).toBe('absent');
    expect(stateOf('Fever, rigors absent.', 'fever')).toBe('present');
  });
});

describe('safety-netting words do not hide what the note says is there', () => {
  it.each([
    ['Asked if she has any saddle numbness, which she confirms.', 'saddle_numbness'],
    ['Red flags reviewed: saddle anaesthesia present.', 'saddle_numbness'],
    ['Red flags discussed; he reports saddle numbness.', 'saddle_numbness'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('full power on one side', () => {
  it('never denies weakness of the other leg', () => {
    expect(stateOf('Power 5/5 on the right, 3/5 on the left.', 'weakness_one_leg')).not.toBe('absent');
  });
});

describe('orientation in part', () => {
  it('reads "orientated to person only" as confused, and full orientation as not', () => {
    expect(stateOf('Orientated to person only.', 'confusion_drowsy')).toBe('present');
    expect(stateOf('Orientated to person but not to time or place.', 'confusion_drowsy')).toBe('present');
    expect(stateOf('Orientated x3.', 'confusion_drowsy')).toBe('absent');
  });
});

describe('an affirmation stands right after its finding', () => {
  it('does not take "at present" for an affirmation', () => {
    expect(stateOf('No fever, rigors at present.', 'chills_rigors')).toBe('absent');
  });
});

describe('US wording of notes', () => {
  it.each([
    ['Strength 5/5 in bilateral lower extremities.', 'weakness_both_legs', 'absent'],
    ['Strength 4/5 in the left lower extremity.', 'weakness_one_leg', 'present'],
    ['Sensation to light touch intact bilaterally.', 'numbness_both_legs', 'absent'],
    ['Tmax 39.1.', 'fever', 'present'],
  ])('"%s" gives %s %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it('keeps saddle anesthesia apart from bilateral leg symptoms', () => {
    const r = read('He presented to the ED with bilateral lower extremity weakness and saddle anesthesia.');
    expect(r.get('saddle_numbness')?.state).toBe('present');
    expect(r.get('weakness_both_legs')?.state).toBe('present');
    expect(r.has('numbness_both_legs')).toBe(false);
  });
});
