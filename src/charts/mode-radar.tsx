import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart } from 'recharts';
import { useTranslation } from 'react-i18next';
import { MODES, type Mode } from '../model/instruments/types';

export interface RadarSeries {
  readonly key: string;
  /** Percentages 0–100 per mode. */
  readonly values: Readonly<Record<Mode, number>>;
  readonly colour: string;
  readonly fillOpacity: number;
  readonly dashed?: boolean;
}

/**
 * The four mode weights on a radar, in the fixed order MET, VOOR, NIET, DOOR so that charts can
 * be compared; radius as a percentage so labels do not clip on a phone.
 */
export function ModeRadar({ series }: { series: readonly RadarSeries[] }) {
  const { t } = useTranslation(['results', 'modes']);
  const data = MODES.map((mode) => ({
    mode: t('results:quadrantLabel', { name: t(`modes:${mode}.name`), gloss: t(`modes:${mode}.gloss`) }),
    ...Object.fromEntries(series.map((s) => [s.key, s.values[mode]])),
  }));
  return (
    <RadarChart
      responsive
      style={{ width: '100%', maxWidth: 480, aspectRatio: 1.1 }}
      data={data}
      outerRadius="70%"
      accessibilityLayer={false}
    >
      <PolarGrid />
      <PolarAngleAxis dataKey="mode" tick={{ fill: '#1f2328', fontWeight: 700 }} />
      <PolarRadiusAxis domain={[0, 100]} tickCount={5} angle={45} tick={{ fontSize: 11 }} />
      {series.map((s) => (
        <Radar
          key={s.key}
          dataKey={s.key}
          stroke={s.colour}
          fill={s.colour}
          fillOpacity={s.fillOpacity}
          strokeDasharray={s.dashed ? '4 3' : undefined}
          isAnimationActive={false}
        />
      ))}
    </RadarChart>
  );
}
