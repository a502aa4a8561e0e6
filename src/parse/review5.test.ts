/**
 * Review of the blind clinical-notes rules (a note's long "Denies …" list, "ED:" headings, "no radiation",
 * a medicine after "on" in a history): each case here was misread by the rule as merged, and the plain
 * readings beside them must not move.
 */
import { describe, expect, it } from 'vitest';
import { numberOf, stateOf } from './testing/read.ts';

describe('a note\'s "Denies …" reaches past its lay window only over a list of bare nouns', () => {
  const list = 'Denies fever, chills, night sweats, weight loss, leg weakness, numbness, tingling';

  it('does not swallow a counted complaint at the end of a long list', () => {
    expect(stateOf(`${list}, 2 episodes of incontinence.`, 'incontinence')).toBe('present');
  });

  it('does not swallow what an item with a pain score goes on to say', () => {
    const text =
      'Denies saddle numbness, bladder or bowel change, fever, weight loss, night pain, pain 7/10, constant.';
    expect(stateOf(text, 'pain_constant_unrelenting')).toBe('present');
    expect(numberOf(text, 'pain_severity')).toBe(7);
    expect(stateOf(text, 'saddle_numbness')).toBe('absent');
  });

  it('still denies a long list of bare nouns to its end', () => {
    const text =
      'denies fever, chills, night sweats, weight loss, bladder or bowel dysfunction, saddle numbness or leg weakness';
    for (const id of ['fever', 'incontinence', 'urinary_retention', 'saddle_numbness', 'weakness_one_leg'])
      expect(stateOf(text, id)).toBe('absent');
  });
});

describe('"ED:" is the emergency department only as a heading', () => {
  it.each([
    'Reports new onset ED: noticed since the back pain started.',
    'ROS: ED: yes. Urinary retention: no.',
    'Symptoms: back pain, numb legs, ED: new.',
  ])('"%s" keeps the erectile dysfunction', (text) => {
    expect(stateOf(text, 'sexual_dysfunction_new')).toBe('present');
  });

  it.each(['ED: 45M back pain after lifting, no red flags.', 'Triage note\nED: 45M back pain, fever 38.5'])(
    'a note headed "ED:" says no erectile dysfunction ("%s")',
    (text) => {
      expect(stateOf(text, 'sexual_dysfunction_new')).toBe('none');
      expect(stateOf(text, 'pain_lower_back')).toBe('present');
    },
  );
});

describe('"no radiation" among cancer treatments is no radiotherapy, not pain that stays in the back', () => {
  it.each([
    'History of prostate cancer treated with surgery, no radiation. Now low back pain.',
    'Breast cancer: mastectomy and chemo, no radiation. Back pain for 2 months.',
  ])('"%s" says nothing of leg pain', (text) => {
    expect(stateOf(text, 'leg_pain_above_knee')).toBe('none');
    expect(stateOf(text, 'leg_pain_below_knee')).toBe('none');
  });

  it('still reads back pain with "no radiation" as no leg pain', () => {
    expect(stateOf('Low back pain, no radiation.', 'leg_pain_below_knee')).toBe('absent');
    expect(stateOf('Lumbar pain, no radiation, surgery for a disc.', 'leg_pain_above_knee')).toBe('absent');
  });
});

describe('a medicine after "on" in a history of a condition the lexicon does not name is taken now', () => {
  it.each([
    ['History of RA on methotrexate.', 'immunosuppressed'],
    ["History of Crohn's on azathioprine", 'immunosuppressed'],
    ['Previous PE on rivaroxaban', 'med_anticoagulant'],
  ])('"%s" reads %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('leaves it past when the sentence ends or dates the course', () => {
    expect(stateOf('Previous PE on rivaroxaban, stopped last year.', 'med_anticoagulant')).toBe('none');
    expect(stateOf('History of lymphoma in 2016 on chemo, in remission.', 'immunosuppressed')).toBe('none');
    expect(stateOf('Hx asthma as a child on oral steroids.', 'med_steroid_long_term')).toBe('none');
    expect(stateOf('PMH of RA, previously on methotrexate.', 'immunosuppressed')).toBe('none');
  });

  it("still reads a named condition's medicine as taken now", () => {
    expect(stateOf('PMH of HTN on lisinopril, AF on apixaban.', 'med_anticoagulant')).toBe('present');
    expect(stateOf('PMH of HTN on lisinopril, AF on apixaban.', 'med_ace_arb')).toBe('present');
  });
});

describe('a denied saddle sensation is the sensation missing, never "no numbness"', () => {
  it('reads "no perianal sensation" as saddle numbness', () => {
    expect(stateOf('No perianal sensation.', 'saddle_numbness')).toBe('present');
    expect(stateOf('No perianal sensation, anal tone reduced.', 'saddle_numbness')).toBe('present');
  });

  it.each(['Perianal sensation -', 'Saddle sensation -ve', 'Saddle sensation (-)', 'Perianal sensation neg'])(
    '"%s" is asked, not read as no numbness',
    (text) => {
      expect(stateOf(text, 'saddle_numbness')).toBe('unknown');
    },
  );

  it('still reads intact and disturbed saddle sensation', () => {
    expect(stateOf('Saddle sensation intact.', 'saddle_numbness')).toBe('absent');
    expect(stateOf('No loss of perianal sensation.', 'saddle_numbness')).toBe('absent');
    expect(stateOf('Denies saddle sensation disturbance.', 'saddle_numbness')).toBe('absent');
    expect(stateOf('Saddle sensation disturbance since yesterday.', 'saddle_numbness')).toBe('present');
    expect(stateOf('Reduced saddle sensation.', 'saddle_numbness')).toBe('present');
  });
});

describe('safety-netting of a change keeps the finding it presupposes', () => {
  it.each([
    ['To seek urgent help if the numbness in his left leg gets worse.', 'numbness_one_leg'],
    ['Get help if the incontinence happens again.', 'incontinence'],
    ['Call for help if his leg weakness progresses.', 'weakness_one_leg'],
    ['Advised to seek medical advice if his fever persists beyond 48 hours.', 'fever'],
  ])('"%s" keeps %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('still reads a sign to watch for as not had', () => {
    expect(stateOf('Seek urgent help if saddle numbness develops.', 'saddle_numbness')).toBe('none');
    expect(stateOf('Seek urgent help if numbness develops or worsens.', 'numbness_one_leg')).toBe('none');
    expect(stateOf('Told to call 999 if she loses bladder control.', 'incontinence')).toBe('none');
  });
});

describe('a clock time or "over N units" is a duration only where its clause ends', () => {
  it('reads no 65 years of pain in an age', () => {
    expect(numberOf('Low back pain over 65 years of age is a red flag.', 'duration_days')).toBeUndefined();
  });

  it('reads no same-day start in "since 10:30 on Monday"', () => {
    expect(numberOf('Back pain since 10:30 on Monday.', 'duration_days')).not.toBe(0);
  });

  it('still reads "over 6 weeks" and "since 2am"', () => {
    expect(numberOf('Back pain over 6 weeks.', 'duration_days')).toBe(42);
    expect(numberOf('Pain over 3 months, worse at night.', 'duration_days')).toBe(90);
    expect(numberOf('Pain since 2am, now unable to pass urine.', 'duration_days')).toBe(0);
  });
});

describe('a symptom with a bare time of its own is a complaint, not an item of a denial', () => {
  it('reads the retention of "Denies fever, urinary retention 2 days."', () => {
    expect(stateOf('Denies fever, urinary retention 2 days.', 'urinary_retention')).toBe('present');
    expect(stateOf('Denies fever, urinary retention 2 days.', 'fever')).toBe('absent');
  });

  it("takes the pain's own time at the end of a clause, over the symptom's", () => {
    expect(numberOf('Back pain 3 weeks.', 'duration_days')).toBe(21);
    expect(numberOf('Back pain 3 weeks. Leg numbness 2 days.', 'duration_days')).toBe(21);
    expect(numberOf('Urinary retention 2 days.', 'duration_days')).toBe(2);
  });
});

describe('"hot to the touch" is a fever only when said of the person', () => {
  it.each([
    'The area is red and he finds it hot to the touch.',
    'She felt it hot to the touch, the lump on her back.',
    'Her knee, she notes, is hot to touch.',
  ])('"%s" gives no fever', (text) => {
    expect(stateOf(text, 'fever')).toBe('none');
  });

  it.each([
    'He is hot to touch and shivering.',
    "She's burning up to the touch.",
    'He felt very hot to the touch.',
  ])('"%s" is a fever', (text) => {
    expect(stateOf(text, 'fever')).toBe('present');
  });
});

describe('night pain and worsening of the blind-notes entries are of the pain', () => {
  it.each([
    'The baby woke her up at night so she is tired, back pain after lifting.',
    "Her husband's snoring wakes her up at night.",
  ])('"%s" gives no night pain', (text) => {
    expect(stateOf(text, 'night_pain')).toBe('none');
  });

  it('still reads the pain that wakes her', () => {
    expect(stateOf('Constant pain, not eased by rest, and frequently woke him at night.', 'night_pain')).toBe(
      'present',
    );
    expect(stateOf('The pain wakes her up at night.', 'night_pain')).toBe('present');
  });

  it('reads more pain relief as no worse pain', () => {
    expect(stateOf('Increasing pain relief has helped; pain is improving.', 'getting_worse')).toBe('none');
    expect(stateOf('Needs increasing pain medication but pain is settling.', 'getting_worse')).toBe('none');
    expect(stateOf('Increasing lumbar pain over 2 days.', 'getting_worse')).toBe('present');
    expect(stateOf('Escalating pain despite analgesia.', 'getting_worse')).toBe('present');
  });
});

describe('a long morning stiffness takes the time said of the stiffness', () => {
  it('reads no long stiffness from the time of another complaint', () => {
    const text = 'Stiff first thing for 10 minutes, aching for 2 hours after gardening.';
    expect(stateOf(text, 'morning_stiffness_long')).toBe('absent');
  });

  it('still reads hours of stiffness on waking', () => {
    expect(stateOf('Stiffness on waking lasting about 2 hours.', 'morning_stiffness_long')).toBe('present');
    expect(stateOf('Stiff on waking for 45 minutes.', 'morning_stiffness_long')).toBe('present');
  });
});

describe('"no radiation" of another pain says nothing of the legs', () => {
  it.each([
    ['Non-radiating chest pain. Back pain radiating to the left thigh.', 'leg_pain_below_knee'],
    [
      'Non-radiating chest pain, low back pain shooting down the right leg to the foot.',
      'leg_pain_above_knee',
    ],
    ['Chest pain, no radiation. Lower back pain with sciatica down the left leg.', 'leg_pain_above_knee'],
  ])('"%s" does not deny %s', (text, id) => {
    expect(stateOf(text, id)).not.toBe('absent');
  });

  it.each(['Non-radiating central low back pain.', 'Low back pain, non-radiating.', 'LBP, no radiation.'])(
    '"%s" still denies leg pain',
    (text) => {
      expect(stateOf(text, 'leg_pain_below_knee')).toBe('absent');
    },
  );
});
