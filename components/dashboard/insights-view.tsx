import { useMemo } from 'react';
import { formatSalary, periodName } from '@/components/format';
import { t } from '@/components/i18n';
import { searchInputForSelection } from '@/lib/insights/boolean-search';
import { computeInsights } from '@/lib/insights/insights';
import type { PostingSummary } from '@/lib/posting';
import { BarChart } from './bar-chart';
import { BooleanSearchBox } from './boolean-search-box';

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** What the postings in view ask for, and a sourcing search built from it. */
export function InsightsView({ postings, scope }: { postings: PostingSummary[]; scope: string }) {
  const insights = useMemo(() => computeInsights(postings), [postings]);
  const searchInput = useMemo(() => searchInputForSelection(postings), [postings]);
  const { required, preferred } = insights.requiredVsPreferred;
  const requiredShare = percent(required, required + preferred);

  return (
    <div className="insights" aria-label={t('dashViewInsights')}>
      <p className="muted insights-scope">{scope}</p>
      <section className="card card-wide" aria-labelledby="i-skills">
        <h3 id="i-skills">{t('insightsSkills')}</h3>
        <p className="legend" aria-hidden="true">
          <span className="swatch swatch-strong" /> {t('legendRequired')} <span className="swatch" /> {t('legendPreferredOnly')}
        </p>
        <BarChart
          label={t('postingsPerSkill')}
          strongLabel={t('legendRequired')}
          empty={t('noSkillsFound')}
          bars={insights.topSkills.map((s) => ({ label: s.name, value: s.count, strong: s.required }))}
        />
      </section>
      <section className="card" aria-labelledby="i-certs">
        <h3 id="i-certs">{t('certifications')}</h3>
        <BarChart
          label={t('postingsPerCertification')}
          strongLabel={t('legendRequired')}
          empty={t('noCertificationsFound')}
          bars={insights.topCertifications.map((c) => ({ label: c.name, value: c.count, strong: c.required }))}
        />
      </section>
      <section className="card" aria-labelledby="i-share">
        <h3 id="i-share">{t('requiredVsPreferred')}</h3>
        {required + preferred ? (
          <>
            <div className="share" role="img" aria-label={t('shareLabel', requiredShare, 100 - requiredShare)}>
              <span className="share-required" style={{ width: `${requiredShare}%` }} />
            </div>
            <p className="share-legend">
              <span>
                <span className="swatch swatch-strong" /> {t('shareRequired', requiredShare, required)}
              </span>
              <span>
                <span className="swatch" /> {t('sharePreferred', 100 - requiredShare, preferred)}
              </span>
            </p>
          </>
        ) : (
          <p className="muted">{t('noSkillsOrCertifications')}</p>
        )}
      </section>
      <section className="card" aria-labelledby="i-years">
        <h3 id="i-years">{t('yearsAsked')}</h3>
        <BarChart
          label={t('postingsPerYears')}
          empty={t('noPostings')}
          bars={insights.years.map((y) => ({ label: y.bucket === 'not stated' ? t('yearsNotStated') : t('yearsBucket', y.bucket), value: y.count }))}
        />
      </section>
      <section className="card" aria-labelledby="i-salary">
        <h3 id="i-salary">{t('salaryRanges')}</h3>
        {insights.salaries.length ? (
          <table className="salary-table">
            <thead>
              <tr>
                <th scope="col">{t('salaryCurrencyPeriod')}</th>
                <th scope="col">{t('salaryJobs')}</th>
                <th scope="col">{t('salaryMin')}</th>
                <th scope="col">{t('salaryMedian')}</th>
                <th scope="col">{t('salaryMax')}</th>
              </tr>
            </thead>
            <tbody>
              {insights.salaries.map((s) => {
                const one = (n: number) => formatSalary({ min: n, max: n, currency: s.currency, period: s.period });
                return (
                  <tr key={`${s.currency}/${s.period}`}>
                    <th scope="row">
                      {s.currency ?? t('noCurrency')} · {periodName(s.period)}
                    </th>
                    <td>{s.count}</td>
                    <td>{one(s.min)}</td>
                    <td>{one(s.median)}</td>
                    <td>{one(s.max)}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        ) : (
          <p className="muted">{t('noSalary')}</p>
        )}
      </section>
      <section className="card card-wide" aria-labelledby="i-boolean">
        <h3 id="i-boolean">{t('sourcingSearch')}</h3>
        <p className="muted small">{t('sourcingHint')}</p>
        <BooleanSearchBox input={searchInput} label={t('booleanForJobs')} />
      </section>
    </div>
  );
}
