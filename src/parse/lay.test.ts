/**
 * Lay first-person English as people write it: forum posts, texts, dictation without punctuation,
 * dialect ("me back", "cant feel nothing"), misspellings and the everyday names of the bladder, bowel
 * and genitals. Each case is a wrong reading found by probing, fixed as a general pattern or rule.
 */
import { describe, expect, it } from 'vitest';
import { read, stateOf } from './testing/read.ts';

describe('warning signs said with a negation of their own stay present', () => {
  it.each([
    // The double negative of everyday speech.
    ['me back went on saturday and now i cant feel nothing when i wipe my bum', 'saddle_numbness'],
    ['i cant feel nothing in my legs since the fall', 'numbness_both_legs'],
    // Not having had a wee for hours is retention, not a denial.
    ['i havent had a wee since last night and my belly feels full', 'urinary_retention'],
    ['not had a pee in 14 hours even though ive been drinking loads', 'urinary_retention'],
    ['havent passed any water today', 'urinary_retention'],
    ['cant go for a wee even when i try', 'urinary_retention'],
    ['i try to go but nothing happens', 'urinary_retention'],
    ['been trying to pee all morning but nothing comes out', 'urinary_retention'],
    ['i dont feel the need to pee at all', 'urinary_retention'],
    // No control is the complaint.
    ['ive no control over my bladder anymore', 'incontinence'],
    ['i havent got any control over when i poo', 'incontinence'],
    ['i dont know when i need a wee anymore', 'urinary_retention'],
    ['i dont know when i need a wee, it just comes out', 'incontinence'],
    ['i cant stop peeing myself', 'incontinence'],
    // What cannot be stopped is happening.
    ['never been sick in my life but now i cant stop throwing up', 'nausea_vomiting'],
    ['i couldnt stop shivering last night', 'chills_rigors'],
    // Inability as the sign.
    ['i cant stand on my tiptoes on the right side', 'weakness_one_leg'],
    [
      'my neck is so stiff i cant put my chin on my chest and the worst headache ever',
      'neck_stiffness_headache',
    ],
    ['my bum doesnt feel like my own', 'saddle_numbness'],
    ['i can barely feel my left foot', 'numbness_one_leg'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('reads "can\'t stop peeing" as peeing often, not as being unable to pee', () => {
    const r = read('i cant stop weeing, up every hour of the night');
    expect(r.get('burning_urination')?.state).toBe('present');
    expect(r.get('urinary_retention')?.state).not.toBe('present');
  });

  it('still reads a plain "can\'t" before a symptom as a denial', () => {
    expect(stateOf("i can't say i've had any fever", 'fever')).toBe('absent');
  });
});

describe('lay and dialect words', () => {
  it.each([
    ['numb down there since tuesday', 'saddle_numbness'],
    ['things down there feel all tingly', 'saddle_numbness'],
    ['my bits feel numb', 'saddle_numbness'],
    ['me lady bits have gone numb', 'saddle_numbness'],
    ['no power in either leg, they just fold', 'weakness_both_legs'],
    ['pins n needles in both feet since yesterday', 'numbness_both_legs'],
    ['put me back out yesterday lifting the dog', 'pain_lower_back'],
    ['not a lot of wee coming out', 'peeing_less'],
    ['it stings when i pee and theres blood in it', 'blood_in_urine'],
    ['me eyes look a bit yellowish', 'yellow_skin_eyes'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('keeps the chest of "chin on my chest" out of chest pain', () => {
    expect(stateOf('my neck is so stiff i cant put my chin on my chest', 'pain_chest')).toBe('none');
    expect(stateOf('no headache but chest pain and i cant put my chin on my chest', 'pain_chest')).toBe(
      'present',
    );
  });
});

describe('dictation without punctuation', () => {
  it('ends a denial at "taking" once it has denied something', () => {
    const r = read(
      'back pain 6 out of 10 no fever no pins and needles waterworks fine taking co codamol and naproxen',
    );
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('med_nsaid')?.state).toBe('present');
    expect(r.get('med_paracetamol')?.state).toBe('present');
  });

  it('still denies a medicine right after the negation', () => {
    expect(stateOf('i am not taking ibuprofen or naproxen', 'med_nsaid')).toBe('absent');
  });
});

describe('times people say', () => {
  const today = '2026-12-07'; // a Monday
  it.each([
    ['my back has been killing me since the weekend', 2],
    ['my back went over the weekend', 2],
    ['my back has been bad since xmas', 347],
    ['i hurt my back on boxing day', 346],
    ['the pain started just after new year', 340],
  ])('"%s" is %i days', (text, days) => {
    expect(read(text, { today }).get('duration_days')?.value).toBe(days);
  });

  it('reads boxing day as a day, not as boxing', () => {
    expect(stateOf('i hurt my back on boxing day', 'onset_during_exercise', { today })).toBe('none');
  });

  it('leaves a christmas that dates nothing alone', () => {
    expect(
      read('i hurt my back putting up the christmas tree', { today }).get('duration_days'),
    ).toBeUndefined();
  });
});

describe('legs that will not work', () => {
  it.each([
    ['wasnt able to get out of bed this morning because my legs wouldnt work', 'weakness_both_legs'],
    ['i tried to stand up and my legs just went from under me', 'weakness_both_legs'],
    ['my legs arent working properly', 'weakness_both_legs'],
    ['my left leg just doesnt want to work', 'weakness_one_leg'],
    ['my right leg wont do what i tell it', 'weakness_one_leg'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('still reads legs that work as fine', () => {
    expect(stateOf('my legs are working fine', 'weakness_both_legs')).toBe('absent');
  });
});

describe('texting without apostrophes, and soft denials', () => {
  it('starts a new clause at "its" once a denial has named something', () => {
    const r = read('no fever its my back thats killing me');
    expect(r.get('fever')?.state).toBe('absent');
    expect(r.get('pain_lower_back')?.state).toBe('present');
  });

  it('reads "theres blood in it" after peeing as blood in the pee', () => {
    expect(stateOf('stings when i pee and theres blood in it', 'blood_in_urine')).toBe('present');
  });

  it('asks again after "I wouldn\'t say"', () => {
    expect(
      stateOf("i wouldn't say i've lost weight, maybe a couple of pounds", 'weight_loss_unexplained'),
    ).toBe('unknown');
  });

  it.each([
    ['i cant remember the last time i had a wee', 'urinary_retention'],
    ['ive not had any accidents but i do have to rush to the loo', 'burning_urination'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('a dictated denial ends where the next statement starts', () => {
  it.each([
    ['no fever both legs numb since this morning', 'fever', 'numbness_both_legs'],
    ['dont have a temperature left leg weak', 'fever', 'weakness_one_leg'],
    ['havent got a fever numbness in my groin since yesterday', 'fever', 'saddle_numbness'],
    ['no temperature shaking like a leaf though', 'fever', 'chills_rigors'],
    ['not had a fever been shivering all night', 'fever', 'chills_rigors'],
    ['no chest pain peeing is really difficult', 'pain_chest', 'urinary_retention'],
    ['not had any falls lost control of my bowels this morning', 'onset_minor_fall', 'incontinence'],
    ['no falls no injuries peeing blood', 'onset_minor_fall', 'blood_in_urine'],
  ])('"%s": %s denied, %s said', (text, denied, said) => {
    const r = read(text);
    expect(r.get(denied)?.state).toBe('absent');
    expect(r.get(said)?.state).toBe('present');
  });

  it.each([
    ['no fever chills or sweats', ['fever', 'chills_rigors']],
    ['no fever, chills or sweats', ['fever', 'chills_rigors']],
    ['no fever or chills', ['fever', 'chills_rigors']],
    ['denies fever chills', ['fever', 'chills_rigors']],
    ['Denies nausea vomiting.', ['nausea_vomiting']],
    ['Denies chest pain shortness of breath.', ['pain_chest', 'breathless']],
    ['no pain down my legs', ['leg_pain_below_knee']],
  ])('still denies a list: "%s"', (text, ids) => {
    const r = read(text);
    for (const id of ids) expect(r.get(id)?.state).toBe('absent');
  });

  it('reads "nothing like this before" as a first time, not a denial', () => {
    expect(stateOf('nothing like this before now my legs keep giving way', 'weakness_both_legs')).toBe(
      'present',
    );
  });

  it.each([
    ['woke up and couldnt move my legs', 'weakness_both_legs'],
    ['i cant lift my right foot up', 'weakness_one_leg'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('misspellings of short words', () => {
  it.each([
    ['my legs feel really weeak and wobly', 'weakness_both_legs'],
    ['my legs feel week since the weekend', 'weakness_both_legs'],
    ['have had incontinance since yesterday', 'incontinence'],
    ['blood in my urin', 'blood_in_urine'],
    ['my back is agony and my leggs are numb', 'numbness_both_legs'],
    ['ive got diabetis', 'diabetes'],
    ['i cant controll my bladder', 'incontinence'],
    ['my nek is stiff and i have a hedache', 'neck_stiffness_headache'],
    ['chest pian going down my arm', 'pain_chest'],
    ['my hart is pounding', 'palpitations'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('how families say confusion, and ages', () => {
  it.each([
    ['my nan is 90, she had a fall on thursday and shes gone a bit doolally'],
    ['my hubby says ive been talking gibberish since this morning'],
    ['mum didnt know who i was when i went round'],
    ['i feel out of it and my back is killing me'],
  ])('"%s" says confusion', (text) => {
    expect(stateOf(text, 'confusion_drowsy')).toBe('present');
  });

  it('reads "76 years of age" as an age, not how long', () => {
    expect(
      read('i am 76 years of age and have had lumbago for a fortnight').get('duration_days')?.value,
    ).toBe(14);
  });
});

describe('other warning signs in lay words', () => {
  it.each([
    ['ive got a band of angry red spots round my waist on the left', 'rash_band_one_side'],
    ['its a band of burning pain round my side and no rash yet', 'rash_band_one_side'],
    // However far the band is from "burning", the pain running round in it is the sign; "no rash" after
    // it denies only the rash that has not come yet.
    [
      'a burning pain on the left side of my lower back that runs round in a band to my tummy. No rash that I can see',
      'rash_band_one_side',
    ],
    ['a band of pain under my right ribs, no spots', 'rash_band_one_side'],
    ['my back looks a different shape, like its curving to one side', 'lump_or_shape_change'],
    ['my heart is going like the clappers', 'palpitations'],
    ['a fluttering in my chest on and off', 'palpitations'],
    ['i had a few fits or blackouts last week', 'seizure'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['no lumps or bumps', 'lump_or_shape_change'],
    ['no fits or blackouts', 'seizure'],
    ['no rashes anywhere', 'rash_band_one_side'],
    ['no rash, the pain runs down my leg', 'rash_band_one_side'],
  ])('"%s" denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });

  it('leaves a band that is no pain alone: a rubber band, a waistband, a band I play in', () => {
    expect(stateOf('my waistband digs in and my back aches', 'rash_band_one_side')).toBe('none');
    expect(stateOf('I play drums in a band and my back aches after gigs', 'rash_band_one_side')).toBe('none');
  });

  it('reads "no lumps or bumps" as no lump, not as no injury', () => {
    expect(stateOf('no lumps or bumps', 'onset_minor_fall')).toBe('none');
  });
});

describe('forum posts', () => {
  it('reads accidents on the way to the loo as loss of control', () => {
    const text =
      "Both my legs feel heavy and numb and I've had a couple of accidents where I didn't make it to the loo in time. Also the inside of my thighs feel weird.";
    const r = read(text);
    expect(r.get('incontinence')?.state).toBe('present');
    expect(r.get('numbness_both_legs')?.state).toBe('present');
    expect(r.get('saddle_numbness')?.state).toBe('present');
  });

  it.each([
    ['i havent been able to make it to the loo in time'],
    ["couldn't make it to the toilet last night"],
  ])('"%s" is loss of control', (text) => {
    expect(stateOf(text, 'incontinence')).toBe('present');
  });

  it('reads a dictated score and a time without "for"', () => {
    const r = read('Woke up Sunday with my back locked solid. Pain maybe 6. Been like this a fortnight.', {
      today: '2026-12-07',
    });
    expect(r.get('pain_severity')?.value).toBe(6);
    expect(r.get('duration_days')?.value).toBe(14);
  });

  it('reads "legs fine" and "I can breathe ok" as plain denials', () => {
    expect(stateOf('No other symptoms, waterworks normal, legs fine.', 'weakness_one_leg')).toBe('absent');
    expect(stateOf('I can breathe ok.', 'breathless')).toBe('absent');
  });
});

describe('warning signs put as a negation, round two', () => {
  it.each([
    ['my bladder never feels empty even after i go', 'urinary_retention'],
    ['nothings coming out when i try to wee', 'urinary_retention'],
    ['i havent been to the toilet for a wee all day', 'urinary_retention'],
    ['i didnt realise id peed myself until i stood up', 'incontinence'],
    ['i wasnt aware id wet myself', 'incontinence'],
    ['couldnt hold it and wet myself on the way home', 'incontinence'],
    ['i cant hold my poo in', 'incontinence'],
    ['cant feel when i need a poo', 'incontinence'],
    ['my bowels just open without warning', 'incontinence'],
    ['no sensation when wiping', 'saddle_numbness'],
    ['i cant feel the toilet seat under me', 'saddle_numbness'],
    ['not much feeling in my privates', 'saddle_numbness'],
    ['i can feel nothing around my bottom', 'saddle_numbness'],
    ['i cant get up on my toes on my right foot', 'weakness_one_leg'],
    ['i cant get warm, been shivering for hours', 'chills_rigors'],
    ['i cant get my breath', 'breathless'],
    ['im not getting enough air', 'breathless'],
    ['the pain doesnt let me sleep', 'night_pain'],
    ['it wont settle no matter what i do', 'pain_constant_unrelenting'],
    ['doesnt matter what position i get in it doesnt ease', 'pain_constant_unrelenting'],
    ['i cant get hard since this started', 'sexual_dysfunction_new'],
    ['i cant feel anything during sex now', 'sexual_dysfunction_new'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('keeps a toilet-seat numbness from denying the bladder', () => {
    expect(stateOf('i cant feel the toilet seat under me', 'urinary_retention')).not.toBe('absent');
  });
});

describe('what has not stopped or come back', () => {
  it.each([
    ['my bladder feels full but nothing comes out', 'urinary_retention'],
    ['peeing ok but cant feel it when i go', 'incontinence'],
    ['still havent got the feeling back in my foot', 'numbness_one_leg'],
    ['ive still not got feeling in my bum', 'saddle_numbness'],
    ['the leaking hasnt stopped', 'incontinence'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('reads the feeling come back as no numbness now', () => {
    expect(stateOf('the feeling has come back in my foot', 'numbness_one_leg')).not.toBe('present');
  });
});

describe('dialects', () => {
  it('reads Scottish and Irish "a wee bit" as a little, not as peeing', () => {
    expect(stateOf('its not a wee bit better', 'urinary_retention')).toBe('none');
    expect(stateOf('ive a wee bit of numbness in my left foot', 'numbness_one_leg')).toBe('present');
  });

  it.each([
    ['urine is not coming properly', 'urinary_retention'],
    ['i am having loose motions and vomiting', 'diarrhoea_or_vomiting_recent'],
    ['feeling giddiness when i stand', 'dizziness_fainting'],
    ['i have been peeing my pants', 'incontinence'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['i am having numbness in both legs from two days', 2],
    ['my back has been acting up for like two weeks', 14],
  ])('"%s" is %i days', (text, days) => {
    expect(read(text).get('duration_days')?.value).toBe(days);
  });
});

describe('questions and families', () => {
  it.each([
    ['is it normal that i cant feel my bum when i wipe?', 'saddle_numbness'],
    ['is it serious if my legs are going numb', 'numbness_both_legs'],
  ])('asks "%s" again rather than dropping %s', (text, id) => {
    expect(stateOf(text, id)).toBe('unknown');
  });

  it('still drops a medicine asked about', () => {
    expect(stateOf('is it ok to take ibuprofen', 'med_nsaid')).toBe('none');
  });

  it.each([
    ['my daughter says i havent been making sense', 'confusion_drowsy'],
    ['my mum keeps falling and now her back hurts, she is 88', 'onset_minor_fall'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });
});

describe('what goes on and will not stop', () => {
  it.each([
    ['i dont have the strength to stand on my legs', 'weakness_both_legs'],
    ['i havent stopped being sick since last night', 'nausea_vomiting'],
    ['havent stopped throwing up', 'nausea_vomiting'],
    ['i havent been able to stop shaking', 'chills_rigors'],
    ['theres no let up at all', 'pain_constant_unrelenting'],
    ['the pain isnt going anywhere, its there 24 7', 'pain_constant_unrelenting'],
    ['it doesnt go away even when i lie down', 'pain_constant_unrelenting'],
    ['my temperature wont come down even with paracetamol', 'fever'],
    ['my temperature wont come down even with paracetamol', 'med_paracetamol'],
    ['no amount of ibuprofen helps', 'med_nsaid'],
    ['havent slept a wink with the pain', 'night_pain'],
    ['not able to sleep for the pain', 'night_pain'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('does not read "doesn\'t go away even lying down" as easing with rest', () => {
    expect(stateOf('it doesnt go away even when i lie down', 'pain_eases_stretch_rest')).not.toBe('present');
  });

  it('still denies what rest does not ease', () => {
    expect(stateOf('the pain doesnt ease when i lie down', 'pain_eases_stretch_rest')).toBe('absent');
  });
});

describe('a denial joined by "and" or a comma to what happened next', () => {
  it.each([
    ['no injury and woke up with numb feet', 'numbness_both_legs'],
    ['i havent fallen and lost control of my bladder this morning', 'incontinence'],
    ['i dont have any tingling and lost feeling around my bum', 'saddle_numbness'],
    ['no fever, just chills', 'chills_rigors'],
    ['nothing wrong with my waterworks, legs numb', 'numbness_both_legs'],
    ['no history of cancer, lost weight recently', 'weight_loss_unexplained'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['no fever, just chills', 'fever'],
    ['nothing wrong with my waterworks, legs numb', 'urinary_retention'],
    ['no fever and no weight loss', 'weight_loss_unexplained'],
  ])('"%s" still denies %s', (text, id) => {
    expect(stateOf(text, id)).toBe('absent');
  });
});

describe('scores and times said loosely', () => {
  it.each([
    ['pain is off the charts, 12 out of 10', 10],
    ['11/10 pain when i stand', 10],
    ['i walked 2 miles and the pain went to 6', 6],
    ['it shoots up to an 8 when i bend', 8],
  ])('"%s" scores %i', (text, value) => {
    expect(read(text).get('pain_severity')?.value).toBe(value);
  });

  it('takes no score from a number past the scale that names none', () => {
    expect(read('its a 15 minute walk to the shop').get('pain_severity')).toBeUndefined();
  });

  it('reads "its been a few days" without the apostrophe', () => {
    expect(read('my back hurts, its been a few days').get('duration_days')?.value).toBe(3);
  });
});

describe('balance, jaw, hands, feet, belly and feeling unwell in lay words', () => {
  it.each([
    ['i cant walk in a straight line', 'unsteady_walking'],
    ['my balance has gone, i keep falling into things', 'unsteady_walking'],
    ['i cant keep my balance when i walk', 'unsteady_walking'],
    ['i cant walk without holding onto the furniture', 'unsteady_walking'],
    ['i feel like im dying', 'feels_very_unwell'],
    ['my mouth wont open more than a finger width', 'jaw_stiffness'],
    ['my fingers wont uncurl', 'hand_foot_spasm'],
    ['my foot has no pulse according to the nurse', 'foot_cold_pale_or_sores'],
    ['the pain in my foot is only better hanging it down', 'foot_pain_at_rest'],
    ['i can feel my stomach beating', 'pulsing_in_belly'],
    ['my legs feel like they dont belong to me', 'numbness_both_legs'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('reads "no problems with my balance" as a denial', () => {
    expect(stateOf('no problems with my balance', 'unsteady_walking')).toBe('absent');
  });
});

describe('a known cause is no new sign', () => {
  it('reads "out of it from the tramadol" as the medicine, not confusion', () => {
    expect(stateOf('im out of it a bit from the tramadol', 'confusion_drowsy')).toBe('none');
    expect(stateOf('i feel completely out of it and very hot', 'confusion_drowsy')).toBe('present');
  });
});

describe('long dictated stories', () => {
  it("keeps the episode's time when a cue of history is far from it in one long sentence", () => {
    const text =
      'im 67 ive had back pain for about 6 weeks its worse at night and i wake up sweating ive lost about a stone without trying and i had breast cancer 8 years ago';
    const r = read(text);
    expect(r.get('duration_days')?.value).toBe(42);
    expect(r.get('history_cancer')?.state).toBe('present');
  });

  it('still leaves out a time near a cue of history', () => {
    expect(
      read('two years ago i had the same, it settled after physio').get('duration_days'),
    ).toBeUndefined();
  });

  it('reads "ok" before the next statement as a denial, keeping a "no" after it', () => {
    const r = read('bladder and bowels ok taking naproxen');
    expect(r.get('urinary_retention')?.state).toBe('absent');
    expect(r.get('med_nsaid')?.state).toBe('present');
    expect(stateOf('legs fine no fever', 'fever')).toBe('absent');
  });
});

describe('older and regional ways of saying it', () => {
  it.each([
    ["me back's been crook for a week and me legs have gone to jelly", 'weakness_both_legs'],
    [
      'i have been troubled with my back since the autumn and my water has been difficult',
      'urinary_retention',
    ],
    ['the doctor says i have a touch of sciatica, my foot feels asleep all the time', 'numbness_one_leg'],
    ['im peeing like a racehorse and its burning', 'burning_urination'],
    ['i keep having to get up in the night to spend a penny', 'burning_urination'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it('reads falling asleep as sleep, not a numb foot', () => {
    expect(stateOf('i put my feet up and fell asleep', 'numbness_both_legs')).toBe('none');
  });
});

describe('"no wee since …" says none passed; "lost all feeling in my bum" is numbness there', () => {
  it.each([
    ['no wee since this morning'],
    ['no pee for 12 hours'],
    ['no urine since last night'],
    ['no wee all day'],
    ["I've had no wee since lunchtime"],
  ])('"%s" is trouble passing urine', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('present');
  });

  it.each([
    ['no wee problems'],
    ['no pee issues'],
    ['no wee problems since the op'],
    ['no wee in the night'],
  ])('"%s" still denies it', (text) => {
    expect(stateOf(text, 'urinary_retention')).toBe('absent');
  });

  it.each([
    ['I have lost all feeling in my privates', 'present'],
    ['I have lost all feeling in my bum', 'present'],
    ["I haven't lost any feeling in my privates", 'absent'],
    ['no loss of feeling in my bum', 'absent'],
  ])('"%s": saddle numbness %s', (text, state) => {
    expect(stateOf(text, 'saddle_numbness')).toBe(state);
  });
});

describe('a lost hold of the bowels, and an "accident in my pants", are loss of control', () => {
  it.each([
    ['not been able to hold my poo'],
    ['had a little accident in my pants'],
    ["I've had an accident in my pants, I didn't feel it coming"],
    ['I keep having accidents in bed'],
  ])('"%s" is incontinence', (text) => {
    expect(stateOf(text, 'incontinence')).toBe('present');
  });

  it.each([['I had an accident at work'], ['I had a car accident']])('"%s" is not', (text) => {
    expect(stateOf(text, 'incontinence')).toBe('none');
  });
});

describe('"going to" that the finding itself is said with is no plan', () => {
  it.each([
    ["I feel like I'm going to be sick", 'nausea_vomiting'],
    ["I'm going to be sick", 'nausea_vomiting'],
    ["I feel like I'm going to faint", 'dizziness_fainting'],
    ["I'm going to the toilet all the time and it burns", 'burning_urination'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ["I'm going to see the GP if the numbness gets worse", 'numbness_both_legs'],
    ["I'm going to take ibuprofen", 'med_nsaid'],
    ["I'm going to ask about the fever", 'fever'],
  ])('"%s" is still a plan', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });
});

describe('"can barely pee" is trouble passing urine; "going to black out" is feeling faint', () => {
  it.each([
    ['I can barely pee', 'urinary_retention'],
    ['I could hardly wee this morning', 'urinary_retention'],
    ["I'm going to black out", 'dizziness_fainting'],
    ["I keep feeling like I'm going to black out", 'dizziness_fainting'],
  ])('"%s" says %s', (text, id) => {
    expect(stateOf(text, id)).toBe('present');
  });

  it.each([
    ['I can barely go to the toilet for the pain', 'urinary_retention'],
    ['I can hardly walk', 'urinary_retention'],
  ])('"%s" says nothing of %s', (text, id) => {
    expect(stateOf(text, id)).toBe('none');
  });
});
