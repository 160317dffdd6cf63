import { useMemo } from 'react';
import { formatSalary } from '@/components/format';
import { booleanSearch, searchInputForSelection } from '@/lib/insights/boolean-search';
import { computeInsights } from '@/lib/insights/insights';
import type { Posting } from '@/lib/posting';
import { BarChart } from './bar-chart';
import { BooleanSearchBox } from './boolean-search-box';

const percent = (part: number, whole: number) => (whole ? Math.round((part / whole) * 100) : 0);

/** What the postings in view ask for, and a sourcing search built from it. */
export function InsightsView({ postings, scope }: { postings: Posting[]; scope: string }) {
  const insights = useMemo(() => computeInsights(postings), [postings]);
  const query = useMemo(() => booleanSearch(searchInputForSelection(postings)), [postings]);
  const { required, preferred } = insights.requiredVsPreferred;
  const requiredShare = percent(required, required + preferred);

  return (
    <div className="insights" aria-label="Insights">
      <p className="muted insights-scope">{scope}</p>
      <section className="card card-wide" aria-labelledby="i-skills">
        <h3 id="i-skills">Most demanded skills</h3>
        <p className="legend" aria-hidden="true">
          <span className="swatch swatch-strong" /> required <span className="swatch" /> preferred only
        </p>
        <BarChart
          label="Postings per skill"
          strongLabel="required"
          empty="No skills found in these postings."
          bars={insights.topSkills.map((s) => ({ label: s.name, value: s.count, strong: s.required }))}
        />
      </section>
      <section className="card" aria-labelledby="i-certs">
        <h3 id="i-certs">Certifications</h3>
        <BarChart
          label="Postings per certification"
          strongLabel="required"
          empty="No certifications found in these postings."
          bars={insights.topCertifications.map((c) => ({ label: c.name, value: c.count, strong: c.required }))}
        />
      </section>
      <section className="card" aria-labelledby="i-share">
        <h3 id="i-share">Required vs preferred</h3>
        {required + preferred ? (
          <>
            <div className="share" role="img" aria-label={`${requiredShare}% required, ${100 - requiredShare}% preferred`}>
              <span className="share-required" style={{ width: `${requiredShare}%` }} />
            </div>
            <p className="share-legend">
              <span>
                <span className="swatch swatch-strong" /> {requiredShare}% required ({required})
              </span>
              <span>
                <span className="swatch" /> {100 - requiredShare}% preferred ({preferred})
              </span>
            </p>
          </>
        ) : (
          <p className="muted">No skills or certifications found.</p>
        )}
      </section>
      <section className="card" aria-labelledby="i-years">
        <h3 id="i-years">Years of experience asked</h3>
        <BarChart label="Postings per minimum years of experience" empty="No postings." bars={insights.years.map((y) => ({ label: y.bucket === 'not stated' ? 'Not stated' : `${y.bucket} yrs`, value: y.count }))} />
      </section>
      <section className="card" aria-labelledby="i-salary">
        <h3 id="i-salary">Salary ranges</h3>
        {insights.salaries.length ? (
          <table className="salary-table">
            <thead>
              <tr>
                <th scope="col">Currency · period</th>
                <th scope="col">Jobs</th>
                <th scope="col">Min</th>
                <th scope="col">Median</th>
                <th scope="col">Max</th>
              </tr>
            </thead>
            <tbody>
              {insights.salaries.map((s) => {
                const one = (n: number) => formatSalary({ min: n, max: n, currency: s.currency, period: s.period });
                return (
                  <tr key={`${s.currency}/${s.period}`}>
                    <th scope="row">
                      {s.currency ?? 'No currency'} · {s.period}
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
          <p className="muted">None of these postings states a salary.</p>
        )}
      </section>
      <section className="card card-wide" aria-labelledby="i-boolean">
        <h3 id="i-boolean">Sourcing search</h3>
        <p className="muted small">The most common required skills and titles, with their usual spellings. Paste it into LinkedIn Recruiter or Google.</p>
        <BooleanSearchBox query={query} label="Boolean search for these jobs" />
      </section>
    </div>
  );
}
