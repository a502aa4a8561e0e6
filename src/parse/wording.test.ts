/**
 * Words: medicines by generic and brand name, lay words and misspellings, clinical wording, body regions
 * and sides.
 */
import { describe, expect, it } from 'vitest';
import { read, stateOf } from './testing/read.ts';

describe('medicines by generic and brand name', () => {
  it.each([
    ['ibuprofen', 'med_nsaid'],
    ['Nurofen', 'med_nsaid'],
    ['Advil', 'med_nsaid'],
    ['naproxen', 'med_nsaid'],
    ['warfarin', 'med_anticoagulant'],
    ['apixaban', 'med_anticoagulant'],
    ['Eliquis', 'med_anticoagulant'],
    ['rivaroxaban', 'med_anticoagulant'],
    ['clopidogrel', 'med_anticoagulant'],
    ['a baby aspirin', 'med_anticoagulant'],
    ['Tylenol', 'med_paracetamol'],
    ['acetaminophen', 'med_paracetamol'],
    ['diazepam', 'med_muscle_relaxant'],
    ['tramadol', 'med_opioid_or_sedative'],
    ['pregabalin', 'med_opioid_or_sedative'],
    ['gabapentin', 'med_opioid_or_sedative'],
    ['amitriptyline', 'med_opioid_or_sedative'],
    ['furosemide', 'med_diuretic'],
    ['spironolactone', 'med_potassium_sparing_diuretic'],
    ['atorvastatin', 'med_statin'],
    ['Symbicort', 'med_laba_inhaler'],
    ['ramipril', 'med_ace_arb'],
    ['candesartan', 'med_ace_arb'],
    ['digoxin', 'med_digoxin'],
    ['magnesium tablets', 'supplement_magnesium_zinc_potassium'],
  ])('"I take %s" is %s', (name, id) => {
    expect(stateOf(`I take ${name} every day.`, id)).toBe('present');
  });

  it('counts a combination product for each medicine in it', () => {
    const r = read('I have been taking co-codamol.');
    expect(r.get('med_paracetamol')?.state).toBe('present');
    expect(r.get('med_opioid_or_sedative')?.state).toBe('present');
  });

  it('does not count a gel, an allergy or a low-dose aspirin as an anti-inflammatory by mouth', () => {
    expect(stateOf('I rub in ibuprofen gel.', 'med_nsaid')).toBe('none');
    expect(stateOf("I'm allergic to ibuprofen.", 'med_nsaid')).toBe('none');
    expect(stateOf('I take low dose aspirin.', 'med_nsaid')).toBe('none');
  });

  it('needs how long for a long-term medicine, and knows a recent change', () => {
    expect(stateOf('I take omeprazole.', 'med_ppi_long_term')).toBe('unknown');
    expect(stateOf("I've taken omeprazole every day for five years.", 'med_ppi_long_term')).toBe('present');
    expect(stateOf('My statin dose was doubled a month ago.', 'med_new_in_last_months')).toBe('present');
    expect(stateOf("I'm not on any medication.", 'med_anticoagulant')).toBe('absent');
  });

  it('reads the day total of paracetamol tablets against the label maximum', () => {
    expect(
      stateOf('I take paracetamol. Yesterday I had about twelve tablets.', 'med_paracetamol_over_max'),
    ).toBe('present');
    expect(stateOf("I take paracetamol. That's only eight tablets today.", 'med_paracetamol_over_max')).toBe(
      'absent',
    );
    expect(
      stateOf(
        'I take paracetamol and the cold remedy has paracetamol in it too.',
        'med_paracetamol_over_max',
      ),
    ).toBe('present');
  });
});

describe('lay words and misspellings', () => {
  it.each([
    ["I can't pee.", 'urinary_retention'],
    ["I've been peeing blood.", 'blood_in_urine'],
    ['Pins and needles in both feet.', 'numbness_both_legs'],
    ['I have a numb bum.', 'saddle_numbness'],
    ['Sciatica down my leg.', 'leg_pain_below_knee'],
    ['I wet myself without feeling it.', 'incontinence'],
    ['My wee is the colour of coke.', 'dark_cola_urine'],
    ['It stings when I wee.', 'burning_urination'],
    ['I put my back out.', 'pain_lower_back'],
    ['My heart is racing.', 'palpitations'],
    ['I keep being sick and cannot keep water down.', 'cannot_keep_fluids_down'],
    ['My back went into spasm.', 'muscle_knot_tight'],
    ["I feel like I'm going to pass out.", 'dizziness_fainting'],
    ["I'm not peeing much.", 'peeing_less'],
    ["I've barely had anything to drink today.", 'low_fluid_intake'],
    ["I've been on antibiotics for a chest infection.", 'recent_infection_or_spinal_procedure'],
    ['It hurts even when I lie still.', 'pain_constant_unrelenting'],
  ])('"%s" is %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('reads labour without the word "pregnant"', () => {
    for (const text of ['My waters have broken.', "I'm having contractions every five minutes."]) {
      const r = read(text, { sex: 'female' });
      expect(r.get('pregnant')?.state, text).toBe('present');
      expect(r.get('pregnancy_bleeding_or_contractions')?.state, text).toBe('present');
    }
  });

  it('reads not feeling the bladder fill as trouble peeing, and "with it" only of the mind', () => {
    expect(
      stateOf("No problem with my bladder except I can't tell when I need to go.", 'urinary_retention'),
    ).toBe('present');
    expect(stateOf('I woke up with it.', 'confusion_drowsy')).toBe('none');
    expect(stateOf('She seems with it.', 'confusion_drowsy')).toBe('absent');
  });

  it('reads not feeling the paper when wiping as saddle numbness, and a trickle as trouble peeing', () => {
    const text = "Since Sunday I can't really feel the toilet paper when I wipe.";
    expect(stateOf(text, 'saddle_numbness')).toBe('present');
    expect(stateOf(text, 'incontinence')).toBe('none');
    expect(stateOf('I keep needing to pee but only a little comes out.', 'urinary_retention')).toBe(
      'present',
    );
  });

  it('takes "stiff for an hour" for the stiffness, not for how long the episode has lasted', () => {
    expect(
      read('The ache is worse in the morning, stiff for an hour or so.').get('duration_days'),
    ).toBeUndefined();
    expect(read('My back has been stiff and sore for an hour.').get('duration_days')?.value).toBe(0);
  });

  it('takes "no pain meds" for painkillers only, not every medicine', () => {
    expect(stateOf('No pain meds taken yet.', 'med_anticoagulant')).toBe('none');
    expect(stateOf('No regular medication.', 'med_anticoagulant')).toBe('absent');
  });

  it('does not take a plan or needing to pee often for the symptom itself', () => {
    expect(stateOf("If I feel I'm going to pass out I'll call 999.", 'dizziness_fainting')).toBe('none');
    expect(stateOf('It hurts when I wee and I need to go all the time.', 'pain_constant_unrelenting')).toBe(
      'none',
    );
  });

  it.each([
    ['I took some ibuprofin.', 'med_nsaid'],
    ['And paracetemol.', 'med_paracetamol'],
    ['I have sciatia down my leg.', 'leg_pain_below_knee'],
    ['I get numbess in my left foot.', 'numbness_one_leg'],
    ['Real bad diarrea.', 'diarrhoea_or_vomiting_recent'],
    ['i cant pee since this morning', 'urinary_retention'],
  ])('reads the misspelling in "%s" as %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('leaves real words alone, even one letter from a lexicon word', () => {
    // "scabbing" is not "stabbing", a kind of pain.
    expect(stateOf('The graze on my knee is scabbing over.', 'leg_pain_below_knee')).toBe('none');
  });
});

describe('published clinical wording', () => {
  it('reads a note with denials, abbreviations and a score', () => {
    const r = read(
      '54M presents complaining of LBP x 3 days after lifting, radiating down the posterior left thigh to the calf. ' +
        'Denies bowel or bladder incontinence, urinary retention, saddle anaesthesia, fever or weight loss. ' +
        'PMH: HTN on ramipril, T2DM. Pain 6/10.',
    );
    const present = [...r].filter(([, v]) => v.state === 'present').map(([id]) => id);
    expect(present.sort()).toEqual(
      [
        'diabetes',
        'duration_days',
        'high_blood_pressure',
        'leg_pain_below_knee',
        'med_ace_arb',
        'onset_lifting_twisting',
        'pain_lower_back',
        'pain_severity',
      ].sort(),
    );
    for (const id of [
      'incontinence',
      'urinary_retention',
      'saddle_numbness',
      'fever',
      'weight_loss_unexplained',
    ])
      expect(r.get(id)?.state, id).toBe('absent');
  });

  it.each([
    ['Presents complaining of dysuria; denies fever or chills.', 'burning_urination', 'present'],
    ['Presents complaining of dysuria; denies fever or chills.', 'chills_rigors', 'absent'],
    ['Haematuria on dipstick.', 'blood_in_urine', 'present'],
    ['Hematuria noted.', 'blood_in_urine', 'present'],
    ['Reports saddle anesthesia.', 'saddle_numbness', 'present'],
    ['Bilateral lower extremity paresthesias.', 'numbness_both_legs', 'present'],
    ['Afebrile.', 'fever', 'absent'],
    ['Fever -ve.', 'fever', 'absent'],
    ['Fever: negative.', 'fever', 'absent'],
    ['Rash: nil.', 'rash_band_one_side', 'absent'],
    ['Denies: fever, chills, weight loss.', 'weight_loss_unexplained', 'absent'],
    ['ROS: negative for fever, dysuria, haematuria.', 'fever', 'absent'],
    ['ROS: negative for fever, dysuria, haematuria.', 'blood_in_urine', 'absent'],
    ['Review of systems is negative for saddle anesthesia.', 'saddle_numbness', 'absent'],
    ['Fever, chills and rigors: absent.', 'chills_rigors', 'absent'],
    ['Non-smoker.', 'smoker', 'absent'],
    ['Never smoked.', 'smoker', 'absent'],
    ['Smoker, 20 pack years.', 'smoker', 'present'],
    ['An injection drug user.', 'iv_drug_use', 'present'],
    ['The pain improves with rest.', 'pain_eases_stretch_rest', 'present'],
    ['The pain is not relieved by rest.', 'pain_eases_stretch_rest', 'absent'],
    ['It improves with exercise but not with rest.', 'better_exercise_not_rest', 'present'],
    ['It improves with exercise but not with rest.', 'pain_eases_stretch_rest', 'none'],
    ['Cramping pain in both calves after walking 100 metres.', 'calf_cramp_walking', 'present'],
    ['Severe muscle pain and swelling in his thighs.', 'muscle_pain_tender_swollen', 'present'],
    ['Reduced urine output.', 'peeing_less', 'present'],
    ['Pain is mechanical.', 'pain_worse_movement', 'present'],
    ['A purple rash that does not fade under a glass, plus back pain.', 'pain_lower_back', 'present'],
    ['Poorly controlled diabetes.', 'feels_very_unwell', 'none'],
    ['Crushing chest pain radiating to his back and left arm.', 'pain_spreads_arm_jaw', 'present'],
    ['Jaw stiffness and difficulty swallowing.', 'jaw_stiffness', 'present'],
    ['A painful swollen left calf.', 'calf_swollen_red_one_side', 'present'],
    ['Returned from a 14-hour flight 3 days ago.', 'recent_immobility_or_hospital', 'present'],
    ['On 8 g of paracetamol a day.', 'med_paracetamol_over_max', 'present'],
    ['4 g of paracetamol a day.', 'med_paracetamol_over_max', 'absent'],
    [
      'Pain in his buttocks and thighs when walking, relieved by sitting or bending forward.',
      'walking_pain_needs_sitting_bending',
      'present',
    ],
    ['SOB on exertion.', 'breathless', 'present'],
    ['No h/o cancer.', 'history_cancer', 'absent'],
    ['Unsteady gait.', 'unsteady_walking', 'present'],
    ['Temp 38.9.', 'fever', 'present'],
    ['Temperature 39 for two days.', 'fever', 'present'],
    ['Temperature 36.8.', 'fever', 'absent'],
    ['PMH: breast ca 2019.', 'history_cancer', 'present'],
    ['Hx of ca prostate.', 'history_cancer', 'present'],
    ['Right CVA tenderness.', 'pain_flank', 'present'],
    ['Right CVA tenderness.', 'heart_disease', 'none'],
    ['Costovertebral angle tenderness on the left.', 'pain_flank', 'present'],
    ['Previous CVA, on clopidogrel.', 'heart_disease', 'present'],
    ['Syncopal episode at home.', 'dizziness_fainting', 'present'],
    ['Fall with brief LOC.', 'dizziness_fainting', 'present'],
    ['Fall, no LOC.', 'dizziness_fainting', 'absent'],
    ['Diaphoretic on arrival.', 'sweaty_clammy_pale', 'present'],
    ['PUD in 2015.', 'stomach_ulcer_history', 'present'],
    ['AF on a DOAC.', 'med_anticoagulant', 'present'],
    ['Perioral paraesthesia.', 'tingling_mouth_fingers', 'present'],
    ['Perioral paraesthesia.', 'saddle_numbness', 'none'],
    ['Neck stiffness and photophobia.', 'neck_stiffness_headache', 'present'],
    ['Dermatomal vesicular rash.', 'rash_band_one_side', 'present'],
    ['Dermatomal distribution of pain down the leg.', 'rash_band_one_side', 'none'],
    ['Ca breast 2015.', 'history_cancer', 'present'],
    // Ca is also calcium: a level is not a cancer.
    ['Corrected Ca 1.9 mmol/L.', 'history_cancer', 'none'],
    ['58M with 2/7 hx of LBP radiating to L leg.', 'pain_lower_back', 'present'],
    ['Bilateral sciatica with reduced perianal sensation.', 'saddle_numbness', 'present'],
    ['Saddle sensation altered.', 'saddle_numbness', 'present'],
    ['Not tolerating oral intake, vomiting x3, T 38.9.', 'fever', 'present'],
    ['Not tolerating oral intake, vomiting x3, T 38.9.', 'nausea_vomiting', 'present'],
    ['IVDU.', 'iv_drug_use', 'present'],
    ['Afebrile. Non-tender abdomen.', 'pain_abdomen', 'none'],
    ['Abdomen soft and nontender.', 'pain_abdomen', 'none'],
    ['Back pain between my shoulders.', 'pain_upper_back', 'present'],
    ['Back pain between my shoulders.', 'pain_lower_back', 'none'],
    ['My legs feel heavy and I keep stumbling.', 'unsteady_walking', 'present'],
    ['I keep getting kidney stones.', 'previous_kidney_stones', 'present'],
    ['Not getting better, worse at nite.', 'getting_worse', 'none'],
    ['Not getting better, worse at nite.', 'night_pain', 'present'],
    ["It's getting much worse.", 'getting_worse', 'present'],
    ['Pregnant 32 weeks, back pain.', 'pregnant_over_20_weeks', 'present'],
    ['Meds: nil.', 'med_anticoagulant', 'absent'],
    ['I could hardly get out of bed.', 'generalised_weakness', 'none'],
    ['I was too weak to stand.', 'generalised_weakness', 'present'],
    ["Can't stand up straight, hunched over like an old man.", 'lump_or_shape_change', 'none'],
    ['My back has become hunched and I have lost height.', 'lump_or_shape_change', 'present'],
    ['My back has become more hunched over the last few months.', 'lump_or_shape_change', 'present'],
    ["I'm doubled up in pain.", 'lump_or_shape_change', 'none'],
    ["I'm getting hunched over in the last few months.", 'lump_or_shape_change', 'present'],
    ["I can't feel my legs when I go for a walk.", 'urinary_retention', 'none'],
    ["I'm diabetic, my feet and legs went numb yesterday.", 'numbness_both_legs', 'present'],
    ['Sudden severe pain in my back while lifting.', 'pain_tearing_severe_sudden', 'none'],
    ['Loss of bladder control.', 'incontinence', 'present'],
    ['If I had a fever I would worry.', 'fever', 'none'],
    ["Now I'm struggling to lift my leg on stairs.", 'weakness_one_leg', 'present'],
    ['I feel tired all the time.', 'pain_constant_unrelenting', 'none'],
    ['It hurts all the time.', 'pain_constant_unrelenting', 'present'],
    ["If my legs went weak I'd go to A&E.", 'weakness_both_legs', 'none'],
    ["Today he's confused and hasn't passed water.", 'urinary_retention', 'present'],
    ['Pain in my lower back after falling off a ladder.', 'onset_major_trauma', 'present'],
    ["I've been going to the toilet a lot more.", 'burning_urination', 'present'],
    ["I've lost my appetite and about half a stone.", 'weight_loss_unexplained', 'present'],
    ["My back's been bad for a month.", 'pain_lower_back', 'present'],
    ['It shoots down the back of my leg to my heel.', 'leg_pain_below_knee', 'present'],
    ["I can't lift my foot up properly since yesterday.", 'weakness_one_leg', 'present'],
    ["I can't lift my foot up properly since yesterday.", 'pain_worse_movement', 'none'],
    ['I bent over and got a sudden severe pain in my lower back.', 'pain_tearing_severe_sudden', 'none'],
    ['Sudden severe pain in my back, I feel faint.', 'pain_tearing_severe_sudden', 'present'],
    ['A ripping pain went through to my back while lifting.', 'pain_tearing_severe_sudden', 'present'],
    ["He can't pee and his back hurts.", 'burning_urination', 'none'],
    ['When I pee it burns.', 'burning_urination', 'present'],
    ['Peeing is really painful.', 'burning_urination', 'present'],
    ['My back hurts under my right ribs.', 'pain_flank', 'present'],
    ['My back hurts under my right ribs.', 'pain_abdomen', 'none'],
  ])('"%s": %s is %s', (text, id, state) => {
    expect(stateOf(text, id)).toBe(state);
  });

  it.each([
    ['Primigravida at 34 weeks.', 'present'],
    ['34/40, back pain.', 'none'],
    ['Pregnant, 34/40.', 'present'],
    ['Pregnant, at 12 weeks.', 'absent'],
  ])('"%s": over 20 weeks pregnant is %s', (text, state) => {
    expect(stateOf(text, 'pregnant_over_20_weeks', { sex: 'female' })).toBe(state);
  });
});

describe('body regions and sides', () => {
  it.each([
    ['Pain between my shoulder blades.', 'pain_upper_back'],
    ['A pain in my left side going round to my back.', 'pain_flank'],
    ['Pain shooting down my leg to my foot.', 'leg_pain_below_knee'],
    ['Pain into the back of my thigh but not past the knee.', 'leg_pain_above_knee'],
    ['Both legs ache.', 'leg_pain_both_legs'],
    ['Numbness in my right foot.', 'numbness_one_leg'],
    ['My left leg has gone weak.', 'weakness_one_leg'],
    ['Both legs feel weak.', 'weakness_both_legs'],
    ['The pain goes from my tummy straight through to my back.', 'pain_through_to_back'],
  ])('"%s" is %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('does not take the back of a hand or "came back" for back pain, nor lying on one side for side pain', () => {
    expect(stateOf('I cut the back of my hand.', 'pain_lower_back')).toBe('none');
    expect(stateOf('The cough came back.', 'pain_lower_back')).toBe('none');
    expect(stateOf('Lying on my side helps.', 'pain_flank')).toBe('none');
  });

  it('takes one leg said to be fine as the other being the trouble, never both fine', () => {
    const r = read('Pain down my right leg; my left leg is fine.');
    expect(r.get('leg_pain_below_knee')?.state).toBe('present');
    expect(r.get('leg_pain_both_legs')?.state).toBe('absent');
  });

  it('keeps findings of another sex out when the sex is given', () => {
    expect(stateOf("I'm pregnant.", 'pregnant', { sex: 'male' })).toBe('none');
    expect(stateOf("I'm pregnant.", 'pregnant', { sex: 'female' })).toBe('present');
  });
});

describe('what follows from what', () => {
  it('takes a fall or an accident as a sudden start, unless the story says it came on gradually', () => {
    expect(stateOf('I fell off a ladder yesterday.', 'onset_sudden')).toBe('present');
    expect(stateOf('I fell off a ladder last week and the pain came on gradually.', 'onset_sudden')).toBe(
      'absent',
    );
  });

  it('reads legs said not to be numb as numb on neither side', () => {
    const r = read("My legs aren't numb.");
    expect(r.get('numbness_both_legs')?.state).toBe('absent');
    expect(r.get('numbness_one_leg')?.state).toBe('absent');
  });

  it('counts a pregnancy finding only in a story of a pregnancy', () => {
    expect(
      stateOf('I bled a little after sex.', 'pregnancy_bleeding_or_contractions', { sex: 'female' }),
    ).toBe('none');
    expect(
      stateOf('I bled a little after sex.', 'abnormal_vaginal_discharge_or_bleeding', { sex: 'female' }),
    ).toBe('present');
    expect(
      stateOf("I'm 9 weeks pregnant and I've had some spotting.", 'pregnancy_bleeding_or_contractions', {
        sex: 'female',
      }),
    ).toBe('present');
  });
});

describe('plain paracetamol beside a product that holds it too', () => {
  it.each([
    ['I take 8 paracetamol a day plus lemsip'],
    ['I take paracetamol and co-codamol'],
    ["I've been taking paracetamol and Lemsip for a week"],
  ])('"%s" is more than one source of paracetamol: asked, as it is no proof of too much', (text) => {
    expect(stateOf(text, 'med_paracetamol_over_max')).toBe('unknown');
  });

  it('a product said to hold paracetamol too is still read as several sources', () => {
    expect(
      stateOf('I take paracetamol and the cold remedy has paracetamol in it too', 'med_paracetamol_over_max'),
    ).toBe('present');
  });

  it.each([
    ['I take co-codamol'],
    ['I take paracetamol'],
    ['I stopped paracetamol and started co-codamol'],
    ['Should I take paracetamol or Lemsip?'],
  ])('"%s" is not', (text) => {
    expect(stateOf(text, 'med_paracetamol_over_max')).toBe('none');
  });
});
