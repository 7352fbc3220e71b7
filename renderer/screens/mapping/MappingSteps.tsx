// The guide's four steps for the Back Market channel, shown atop each of their screens so the merchant sees where they are.
import { useTranslation } from 'react-i18next';
import { hrefOf } from '../../shell/use-hash-route';

export const MAPPING_STEPS = ['mapping-categories', 'mapping-attributes', 'mapping-carriers', 'pricing'] as const;
export type MappingStep = (typeof MAPPING_STEPS)[number];

export function MappingSteps({ current }: { current: MappingStep }) {
  const { t } = useTranslation();
  return (
    <nav className="steps" aria-label={t('mapping.steps.label')}>
      <ol>
        {MAPPING_STEPS.map((step, index) => (
          <li key={step}>
            <a href={hrefOf(step)} className="step" aria-current={step === current ? 'step' : undefined}>
              <span className="step-number" aria-hidden="true">
                {index + 1}
              </span>
              {t(`mapping.steps.${step}`)}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
