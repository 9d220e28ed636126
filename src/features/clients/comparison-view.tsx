import { useTranslation } from 'react-i18next';
import { ChartFigure } from '../../charts/chart-figure';
import { ChartLegend, type LegendItem } from '../../charts/chart-legend';
import { WindowChart, type WindowSeries } from '../../charts/window-chart';
import { MIDDLE_FILL } from '../../charts/window-colours';
import { ellipsePolyline } from '../../charts/window-geometry';
import { PROFILE_COLOURS, StatementProfileChart } from '../../charts/statement-profile-chart';
import { formatNumber } from '../../lib/format';
import { MIDDLE_ZONE, placementOf, type WindowPoint } from '../../model/scoring/score';
import type { ClientViewState } from '../../model/client/client-view';
import type { Gap } from '../../model/client/compare';

type Shown = Extract<ClientViewState, { status: 'shown' }>;

const MIRROR = '#1d4e5f';
const CLIENTS = '#a0522d';

/**
 * Both sides on one screen: the window with both points (and the clients' spread), the two
 * profiles statement by statement, and in words only the differences the rules let through
 * (docs/client.md), as findings for a group or as prompts for one client at the table.
 */
export function ComparisonView({ view, word, team }: { view: Shown; word: string; team: boolean }) {
  const { t } = useTranslation(['client', 'instrument', 'modes', 'results']);
  const { comparison } = view;
  const many = comparison.kind === 'findings';
  return (
    <div className="comparison">
      <ComparisonWindow view={view} team={team} />
      <section aria-labelledby="gaps-title" className="gaps">
        <h3 id="gaps-title">{t(many ? 'client:compare.findingsTitle' : 'client:compare.promptsTitle')}</h3>
        {!many && <p className="notice">{t('client:compare.promptsNote')}</p>}
        {comparison.sameAnswerEverywhere && <p>{t('client:compare.sameAnswerNote')}</p>}
        {comparison.gaps.length === 0 ? (
          <p>{t('client:compare.noGaps')}</p>
        ) : (
          <ol className="gap-list">
            {comparison.gaps.map((gap) => (
              <GapLine key={gap.level === 'scale' ? gap.scale : gap.itemId} gap={gap} many={many} word={word} />
            ))}
          </ol>
        )}
        <p className="hint">{t(many ? 'client:compare.rules' : 'client:compare.rulesPrompts')}</p>
      </section>
      <StatementProfile view={view} word={word} team={team} />
      <section aria-labelledby="reflection-title">
        <h3 id="reflection-title">{t('client:compare.reflectionTitle')}</h3>
        <ul>
          {(['caring', 'steps', 'surprise', 'next'] as const).map((key) => (
            <li key={key}>{t(`client:compare.reflection.${key}`)}</li>
          ))}
        </ul>
      </section>
    </div>
  );
}

function GapLine({ gap, many, word }: { gap: Gap; many: boolean; word: string }) {
  const { t, i18n } = useTranslation(['client', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const who = many ? 'many' : 'one';
  if (gap.level === 'scale') {
    return (
      <li>
        {t(`client:compare.scale.${gap.scale as 'support' | 'expectations'}.${gap.direction}.${who}`)}{' '}
        {t('client:compare.scaleGap', { points: formatNumber(Math.abs(gap.gap), lng) })}
      </li>
    );
  }
  const statement = t(`instrument:clientCheck.items.${gap.itemId}` as never, { word });
  return <li>{t(`client:compare.statementGap.${gap.direction}.${who}`, { statement })}</li>;
}

function ComparisonWindow({ view, team }: { view: Shown; team: boolean }) {
  const { t, i18n } = useTranslation(['client', 'modes']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const many = view.comparison.kind === 'findings';
  const series: WindowSeries[] = [];
  if (view.clientSpread) series.push({ key: 'spread', kind: 'line', points: ellipsePolyline(view.clientSpread), colour: CLIENTS });
  if (view.clients) series.push({ key: 'clients', kind: 'dot', points: [view.clients], colour: CLIENTS, size: 10, hollow: true });
  if (view.mirror) series.push({ key: 'mirror', kind: 'dot', points: [view.mirror], colour: MIRROR, size: 9 });
  const legend: LegendItem[] = [
    { key: 'mirror', mark: 'dot', colour: MIRROR, label: t(team ? 'client:compare.legendMirrorTeam' : 'client:compare.legendMirror') },
    { key: 'clients', mark: 'ring', colour: CLIENTS, label: t(many ? 'client:compare.legendClients' : 'client:compare.legendClient') },
    ...(view.clientSpread ? [{ key: 'spread', mark: 'line' as const, colour: CLIENTS, label: t('client:compare.legendSpread') }] : []),
    { key: 'between', mark: 'area', colour: MIDDLE_FILL, label: t('client:compare.legendBetween') },
  ];
  const n = (p: WindowPoint | null, axis: keyof WindowPoint) => (p ? formatNumber(p[axis], lng) : '–');
  const placement = (p: WindowPoint | null) => (p ? t(`modes:${placementOf(p)}.display`) : '–');
  const sides = [
    { key: 'mirror', label: t(team ? 'client:compare.mirrorTeam' : 'client:compare.mirror'), point: view.mirror },
    { key: 'clients', label: t(many ? 'client:compare.clients' : 'client:compare.client'), point: view.clients },
  ];
  return (
    <ChartFigure
      caption={t('client:compare.windowCaption')}
      summary={t('client:compare.windowSummary', {
        mirrorSupport: n(view.mirror, 'support'),
        mirrorExpectations: n(view.mirror, 'expectations'),
        clientSupport: n(view.clients, 'support'),
        clientExpectations: n(view.clients, 'expectations'),
      })}
      chart={<WindowChart series={series} middleZone={MIDDLE_ZONE} />}
      legend={<ChartLegend items={legend} />}
      table={
        <table className="data-table">
          <caption>{t('client:compare.tableCaption')}</caption>
          <thead>
            <tr>
              <td />
              {sides.map((s) => (
                <th key={s.key} scope="col">
                  {s.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {(['support', 'expectations'] as const).map((axis) => (
              <tr key={axis}>
                <th scope="row">{t(`instrument:scales.${axis}` as never)}</th>
                {sides.map((s) => (
                  <td key={s.key}>{n(s.point, axis)}</td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row">{t('results:column.placement' as never)}</th>
              {sides.map((s) => (
                <td key={s.key}>{placement(s.point)}</td>
              ))}
            </tr>
          </tbody>
        </table>
      }
    />
  );
}

function StatementProfile({ view, word, team }: { view: Shown; word: string; team: boolean }) {
  if (view.comparison.kind === 'findings') return <StatementShares view={view} word={word} team={team} />;
  return <OneClientProfile view={view} word={word} team={team} />;
}

/**
 * Several clients: per statement only the share who said "vaak" or "altijd" (decision 74), so no
 * update, even of one client, gives that client's answers back. No chart: a share is not a point
 * on the answer scale.
 */
function StatementShares({ view, word, team }: { view: Shown; word: string; team: boolean }) {
  const { t } = useTranslation(['client', 'instrument']);
  const rows = view.comparison.statements.map((s, i) => ({ ...s, number: i + 1 }));
  const answer = (v: number | null) => (v === null ? t('client:compare.noAnswer') : t(`instrument:answerScales.frequency.${v}` as never));
  const share = (v: number | null) => (v === null ? t('client:compare.noAnswer') : t('client:compare.oftenShare', { share: v }));
  return (
    <section aria-labelledby="statements-title">
      <h3 id="statements-title">{t('client:compare.statementsTitle')}</h3>
      <p className="hint">{t('client:compare.oftenWhy')}</p>
      <table className="data-table statement-table">
        <caption>{t('client:compare.oftenCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('client:compare.number')}</th>
            <th scope="col">{t('client:compare.statement')}</th>
            <th scope="col">{t(team ? 'client:compare.mirrorTeamOften' : 'client:compare.mirror')}</th>
            <th scope="col">{t('client:compare.clientsOften')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.itemId}>
              <td>{row.number}</td>
              <th scope="row">{t(`instrument:clientCheck.items.${row.itemId}` as never, { word })}</th>
              <td>{team ? share(row.mirrorOften) : answer(row.mirror)}</td>
              <td>{share(row.clientsOften)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

function OneClientProfile({ view, word, team }: { view: Shown; word: string; team: boolean }) {
  const { t, i18n } = useTranslation(['client', 'instrument']);
  const lng = i18n.resolvedLanguage ?? 'nl';
  const rows = view.comparison.statements.map((s, i) => ({ ...s, number: i + 1 }));
  const value = (v: number | null) => (v === null ? t('client:compare.noAnswer') : formatNumber(v, lng, Number.isInteger(v) ? 0 : 1));
  const mirrorLabel = t(team ? 'client:compare.mirrorTeam' : 'client:compare.mirror');
  const clientsLabel = t('client:compare.client');
  return (
    <ChartFigure
      caption={t('client:compare.statementsTitle')}
      summary={t('client:compare.statementsCaption')}
      chart={<StatementProfileChart rows={rows} />}
      legend={
        <ChartLegend
          items={[
            { key: 'mirror', mark: 'dot', colour: PROFILE_COLOURS.mirror, label: mirrorLabel },
            { key: 'clients', mark: 'ring', colour: PROFILE_COLOURS.clients, label: clientsLabel },
          ]}
        />
      }
      table={
        <table className="data-table statement-table">
          <caption>{t('client:compare.statementsCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('client:compare.number')}</th>
              <th scope="col">{t('client:compare.statement')}</th>
              <th scope="col">{mirrorLabel}</th>
              <th scope="col">{clientsLabel}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.itemId}>
                <td>{row.number}</td>
                <th scope="row">{t(`instrument:clientCheck.items.${row.itemId}` as never, { word })}</th>
                <td>{value(row.mirror)}</td>
                <td>{value(row.clients)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
