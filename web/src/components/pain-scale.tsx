import { t } from '../i18n/i18n.ts';

/**
 * The 0-10 pain scale as 11 large radio buttons in a fieldset: one tap, keyboard arrows move between
 * them, and the ends are labelled in words.
 */
export function PainScale(props: {
  name: string;
  legend: string;
  value: number | null;
  onChange: (v: number) => void;
  legendClass?: string;
}) {
  return (
    <fieldset class="pain-scale">
      <legend class={props.legendClass}>{props.legend}</legend>
      <p class="pain-scale-ends" aria-hidden="true">
        <span>{t('pain.none')}</span>
        <span>{t('pain.worst')}</span>
      </p>
      <div class="pain-scale-options">
        {Array.from({ length: 11 }, (_, i) => (
          <label key={i} class="pain-option">
            <input
              type="radio"
              name={props.name}
              value={i}
              checked={props.value === i}
              onChange={() => props.onChange(i)}
            />
            <span>
              {i}
              {i === 0 || i === 10 ? (
                <span class="visually-hidden"> {i === 0 ? t('pain.none') : t('pain.worst')}</span>
              ) : null}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
