/** Review of the blind-lay rules: where they misfired on sentences their author did not probe. */
import { describe, expect, it } from 'vitest';
import { numberOf, stateOf } from './testing/read.ts';

const today = { today: '2026-12-07' };

describe('"until" a time now past asks again only a denial or a "normal"', () => {
  it('a symptom said until then is still said', () => {
    expect(
      stateOf('I have numbness in both legs till this morning it got worse.', 'numbness_both_legs'),
    ).toBe('present');
    expect(stateOf('I lost control of my bladder until a few days ago.', 'incontinence', today)).toBe(
      'present',
    );
    expect(stateOf("I've had a fever up until now.", 'fever')).toBe('present');
  });
  it('a denial or a normal said up to then is asked', () => {
    expect(stateOf('Never had trouble peeing until yesterday.', 'urinary_retention')).toBe('unknown');
    expect(stateOf('Peeing was normal until yesterday.', 'urinary_retention')).toBe('unknown');
    expect(stateOf('No numbness until 2 days ago.', 'numbness_both_legs')).toBe('unknown');
  });
  it('plain readings do not move', () => {
    expect(stateOf('My legs are numb in both legs until I sit down.', 'numbness_both_legs')).toBe('present');
    expect(stateOf('Peeing is normal.', 'urinary_retention')).toBe('absent');
    expect(stateOf('No fever.', 'fever')).toBe('absent');
  });
});

describe('an exception to a denial says the finding only when it names one', () => {
  it('"but" turning to something else is no weight lost', () => {
    expect(stateOf('No weight loss but I am tired all the time.', 'weight_loss_unexplained')).toBe('absent');
    expect(stateOf("Haven't lost weight but I feel weak.", 'weight_loss_unexplained')).toBe('absent');
  });
  it("an exception that is no cancer, or a relative's, is no cancer of the teller", () => {
    expect(stateOf('No fever, no cancer, except my back hurts a lot.', 'history_cancer')).toBe('absent');
    expect(stateOf('No cancer except my dad had bowel cancer.', 'history_cancer')).toBe('absent');
  });
  it('plain readings do not move', () => {
    expect(stateOf('No weight loss apart from half a stone.', 'weight_loss_unexplained')).toBe('present');
    expect(stateOf('No cancer except prostate five years ago.', 'history_cancer')).toBe('present');
    expect(stateOf('Never had cancer apart from a skin one.', 'history_cancer')).toBe('present');
  });
});

describe('"I\'m N weeks" counted from something else is no pregnancy', () => {
  const female = { sex: 'female' as const };
  it('weeks since an operation or sober', () => {
    expect(stateOf("I'm 21 weeks now since the op.", 'pregnant', female)).toBe('none');
    expect(stateOf("I'm 26 weeks sober and my back hurts.", 'pregnant', female)).toBe('none');
    expect(stateOf("I'm 30 weeks today since I hurt it.", 'pregnant', female)).toBe('none');
  });
  it('plain readings do not move', () => {
    expect(stateOf("I'm 30 weeks and my legs are numb.", 'pregnant_over_20_weeks', female)).toBe('present');
    expect(stateOf("I'm 24 weeks now, back pain for 2 weeks.", 'pregnant_over_20_weeks', female)).toBe(
      'present',
    );
  });
});

describe('"that I know of" and "as far as I know" ask again only a denial', () => {
  it('a sign said stays said', () => {
    expect(stateOf("I'm numb down there as far as I know.", 'saddle_numbness')).toBe('present');
    expect(stateOf("I can't feel my feet that I know of.", 'numbness_both_legs')).toBe('present');
  });
  it('a denial is asked', () => {
    expect(stateOf("No fever that I know of, but I can't feel my bum.", 'fever')).toBe('unknown');
    expect(stateOf('No injury that I know of.', 'onset_minor_fall')).toBe('unknown');
  });
});

describe('a weekday dates the episode only beside its own past verb', () => {
  const wed = { today: '2026-12-09' };
  it('a day to come elsewhere in the sentence is not taken', () => {
    expect(numberOf('I have physio Friday, hurt it Monday.', 'duration_days', wed)).toBe(2);
  });
  it('plain readings do not move', () => {
    expect(numberOf('I hurt my back Saturday.', 'duration_days', wed)).toBe(4);
    expect(numberOf("I'm seeing the physio Saturday, back pain since Tuesday.", 'duration_days', wed)).toBe(
      1,
    );
  });
});

describe("someone's doubt of why or what is no doubt that the finding is there", () => {
  it('the finding is said', () => {
    expect(stateOf("My GP wasn't sure why I can't feel my bum.", 'saddle_numbness')).toBe('present');
    expect(
      stateOf("The physio wasn't sure what was causing the numbness in both my legs.", 'numbness_both_legs'),
    ).toBe('present');
  });
  it('a doubt of whether stays asked', () => {
    expect(stateOf("My wife isn't sure if I have a fever.", 'fever')).toBe('unknown');
    expect(stateOf("I'm not sure if I have a fever.", 'fever')).toBe('unknown');
  });
});

describe('"the night before last" and "the week before last" date the episode', () => {
  it('two nights, a fortnight', () => {
    expect(numberOf('The night before last I fell and since then my back hurts.', 'duration_days')).toBe(2);
    expect(numberOf('I hurt my back the week before last.', 'duration_days')).toBe(14);
  });
  it('plain readings do not move', () => {
    expect(numberOf('Last night my back started hurting.', 'duration_days')).toBe(1);
    expect(numberOf('I hurt my back last week.', 'duration_days')).toBe(7);
  });
});

describe('feeling lost in the legs is numbness', () => {
  it('said in lay words', () => {
    expect(stateOf("I'm slowly losing the feeling in my legs.", 'numbness_both_legs')).toBe('present');
    expect(stateOf("I've lost the feeling in my right foot.", 'numbness_one_leg')).toBe('present');
  });
  it('denied stays denied', () => {
    expect(stateOf('No loss of feeling in my legs.', 'numbness_both_legs')).toBe('absent');
    expect(stateOf("I haven't lost any feeling in my legs.", 'numbness_both_legs')).toBe('absent');
  });
});

describe('"not that I know of" after a finding half-denies it', () => {
  it('asked, not said', () => {
    expect(stateOf('Fever - not that I know of.', 'fever')).toBe('unknown');
    expect(stateOf('Any fever, not that I know of.', 'fever')).toBe('unknown');
    expect(stateOf("Weight loss - not that I've noticed.", 'weight_loss_unexplained')).toBe('unknown');
  });
  it('plain readings do not move', () => {
    expect(stateOf('My legs are numb, not that I know why.', 'numbness_both_legs')).toBe('present');
    expect(stateOf('Fever? Not that I know of.', 'fever')).toBe('unknown');
    expect(stateOf('I have a fever.', 'fever')).toBe('present');
  });
});
