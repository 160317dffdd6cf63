import { load as loadAsBrowser } from 'cheerio';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_FIXTURES, SHARED_FIXTURES } from '../../tests/fixtures/paths';
import { CaptureError } from '../capture-error';
import { unsavable } from './build-posting';
import { detectKind, parseFile } from './parse-file';
import { parseSnapshot } from './parse-snapshot';

const expected = (base: string) =>
  JSON.parse(readFileSync(join(SHARED_FIXTURES, 'expected', `${base}.json`), 'utf8')) as Record<string, unknown>;

const fixtures = ['linkedin', 'pages', 'postings'].flatMap((dir) =>
  readdirSync(join(SHARED_FIXTURES, dir)).map((file) => ({ dir, file, base: file.replace(/\.[^.]+$/, '') })),
);

describe('every shared fixture parses to the title, company and location of its expected file', () => {
  it('has an expected file for every fixture', () => {
    const answers = new Set(readdirSync(join(SHARED_FIXTURES, 'expected')));
    expect(fixtures.filter((f) => !answers.has(`${f.base}.json`))).toEqual([]);
  });

  it.each(fixtures)('$dir/$file', ({ dir, file, base }) => {
    const posting = parseFile(readFileSync(join(SHARED_FIXTURES, dir, file), 'utf8'));
    const want = expected(base);
    expect({ title: posting.title.value, company: posting.company.value, location: posting.location.value }).toEqual({
      title: want.title,
      company: want.company,
      location: want.location,
    });
    // LinkedIn's own labels (criteria, pills) are read from the page, never guessed.
    if (dir === 'linkedin') {
      expect(posting.seniority.value).toBe(want.seniority);
      expect(posting.employmentType.value).toBe(want.employmentType);
    }
  });
});

describe('input kinds', () => {
  const read = (dir: string, file: string) => readFileSync(join(SHARED_FIXTURES, dir, file), 'utf8');
  it('tells LinkedIn HTML, JSON-LD HTML, other HTML, records and text apart by content', () => {
    expect(detectKind(read('linkedin', 'guest-description-manager-of-it.html'))).toBe('linkedin-html');
    expect(detectKind(read('pages', 'jsonld-career-page-senior-network-engineer.html'))).toBe('json-ld-html');
    expect(detectKind(read('pages', 'backend-engineer-ruby-agent-observability.html'))).toBe('html');
    expect(detectKind(read('postings', 'service-desk-specialist.record.txt'))).toBe('record');
    expect(detectKind(read('postings', 'msp-network-engineer.txt'))).toBe('text');
  });

  it('records provenance: JSON-LD first, then selectors, document title and text', () => {
    const ld = parseFile(read('pages', 'jsonld-career-page-senior-network-engineer.html'));
    expect(ld.title.source).toBe('json-ld');
    const guest = parseFile(read('linkedin', 'guest-full-page-senior-software-engineer.html'));
    expect(guest.title.source).toBe('selector:title[0]');
    expect(guest.jobId).toBe('linkedin:4411867124');
    const fragment = parseFile(read('linkedin', 'guest-description-manager-of-it.html'));
    expect(fragment.title.source).toBe('text');
    expect(fragment.company.source).toBe('selector:recruiterCompany[0]');
  });

  it('reads the reconstructed SDUI page from its hooks alone', () => {
    const sdui = parseFile(readFileSync(join(BUNDLED_FIXTURES, 'linkedin', 'sdui-reconstructed-logged-in-job.html'), 'utf8'));
    expect(sdui.jobId).toBe('linkedin:4399912345');
    expect([sdui.title.value, sdui.company.value, sdui.location.value]).toEqual([
      'Site Reliability Engineer',
      'Northwind Analytics',
      'Toronto, Ontario, Canada',
    ]);
    expect(sdui.title.source).toBe('selector:sduiTitle[0]');
    expect([sdui.workplace.value, sdui.employmentType.value]).toEqual(['hybrid', 'full-time']);
    expect(sdui.descriptionText).not.toContain('About the job');
    expect(sdui.descriptionText).not.toContain('Similar company');
  });

  it('keeps only the job region on a guest page: no salaries of "similar jobs"', () => {
    const guest = parseFile(read('linkedin', 'guest-full-page-senior-software-engineer.html'));
    expect(guest.salary.value).toBeNull();
    expect(guest.completeness).toEqual({ score: 1, missing: [] });
  });

  it('flags a top card without a description as incomplete instead of passing it off as whole', () => {
    const card = parseFile(read('linkedin', 'logged-in-classic-top-card-forward-deployed-engineer.html'));
    expect(card.completeness.missing).toEqual(['description']);
    expect(card.completeness.score).toBe(0.75);
  });

  it.each([
    ['an empty file', '   \n', 'unreadable'],
    ['a binary file', 'PK\u0003\u0004\u0000\u0000', 'unreadable'],
    ['a page that is no job', '<!doctype html><html><body><h1>Welcome</h1><p>Our products.</p></body></html>', 'not-a-job'],
    ['a few words', 'hello world', 'not-a-job'],
  ])('refuses %s with a clear reason', (_name, content, code) => {
    expect(() => parseFile(content)).toThrow(CaptureError);
    try {
      parseFile(content);
    } catch (error) {
      expect((error as CaptureError).code).toBe(code);
    }
  });
});

describe('LinkedIn pages written for sets 12-258 (layouts, languages, states and drift the selectors never named)', () => {
  const HELD_OUT = join(__dirname, '..', '..', 'tests', 'heldout');
  const pages = Array.from({ length: 247 }, (_, i) => `set-${i + 12}`).flatMap((set) =>
    readdirSync(join(HELD_OUT, set, 'linkedin')).map((file) => ({ set, file, base: file.replace(/\.html$/, '') })),
  );
  const norm = (v: unknown) => (typeof v === 'string' ? v.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '') : v);

  // A place is right, a part of the stated one ("Vire (14)" of "Vire (14) – Normandie", "Dubai, United
  // Arab Emirates" of "Dubai International Financial Centre (DIFC), Dubai, …"), or left empty; a place
  // of two characters ("澳門") only whole.
  const placeFits = (got: unknown, want: unknown) => got === null || got === want || (typeof got === 'string' && typeof want === 'string' && got.length >= 3 && want.includes(got));

  it.each(pages)('$set/$file: title and company right, place right, a part of it or left empty', ({ set, file, base }) => {
    const posting = parseFile(readFileSync(join(HELD_OUT, set, 'linkedin', file), 'utf8'));
    const want = JSON.parse(readFileSync(join(HELD_OUT, set, 'expected', `${base}.json`), 'utf8')) as Record<string, unknown>;
    expect([norm(posting.title.value), norm(posting.company.value)]).toEqual([norm(want.title), norm(want.company)]);
    expect(placeFits(norm(posting.location.value), norm(want.location)), `${posting.location.value} for ${String(want.location)}`).toBe(true);
    expect(posting.descriptionText.length).toBeGreaterThan(200); // set-39 holds a recruiter's two lines (273 characters)
    expect(posting.descriptionText).not.toMatch(/^(?:About the job|Über den Job|À propos de l[’']offre)/);
  });

  it('reads the employment type from an SDUI "Job details" list of terms beside its pills (set-24)', () => {
    const page = readFileSync(join(HELD_OUT, 'set-24', 'linkedin', 'sdui-search-results-product-marketing-manager-berlin.html'), 'utf8');
    expect([parseFile(page).employmentType.value, parseFile(page).workplace.value]).toEqual(['full-time', 'hybrid']);
  });

  it('reads an SDUI text box that holds paragraphs, which a browser empties by closing the paragraph around it (set-36)', () => {
    // `<p><span data-testid=expandable-text-box><p>About us</p>…`: a spec parser (parse5, as
    // Chromium) closes the outer paragraph at the first inner one and moves all the text after it.
    const html = loadAsBrowser(readFileSync(join(HELD_OUT, 'set-36', 'linkedin', 'sdui-search-relationship-manager-hong-kong.html'), 'utf8')).html();
    const posting = parseSnapshot({ url: 'https://www.linkedin.com/jobs/search-results/?currentJobId=4588327895', urlJobId: '4588327895', paneJobId: null, documentTitle: '', html, jsonLd: [], region: 'body' });
    expect(posting.descriptionText).toMatch(/^關於我們\nHarbourstone Private Bank/);
    expect(posting.descriptionText.length).toBeGreaterThan(1500);
  });

  it("reads no place from a title written with French inclusive dots, nor from a count of places (sets 48, 50)", () => {
    const goma = parseFile(readFileSync(join(HELD_OUT, 'set-48', 'linkedin', 'sdui-job-view-field-security-advisor-goma.html'), 'utf8'));
    expect(goma.location.value).toBe('Goma, Nord-Kivu, République démocratique du Congo');
    const cluj = parseFile(readFileSync(join(HELD_OUT, 'set-50', 'linkedin', 'classic-two-pane-customer-support-cluj-napoca.html'), 'utf8'));
    expect(cluj.location.value).not.toBe('3 locații');
  });

  it('reads an SDUI description split across two text boxes of the job section, both of them (set-46)', () => {
    const posting = parseFile(readFileSync(join(HELD_OUT, 'set-46', 'linkedin', 'sdui-job-view-supervisor-gudang-cikarang.html'), 'utf8'));
    expect(posting.descriptionText).toContain('Tanggung Jawab');
    expect(posting.descriptionText).toContain('Pendidikan minimal D3');
    expect(posting.requirements.minYearsExperience?.min).toBe(3);
  });

  it("reads a guest page's criteria in Polish, and its hybrid work from the text (set-34)", () => {
    const posting = parseFile(readFileSync(join(HELD_OUT, 'set-34', 'linkedin', 'guest-full-frontend-developer-vue-wroclaw.html'), 'utf8'));
    expect([posting.employmentType.value, posting.seniority.value, posting.workplace.value]).toEqual(['contract', 'mid-senior', 'hybrid']);
  });

  it("reads an SDUI search result's pane, not the card that lists the same job before it (set-26)", () => {
    // The list's cards before the pane show other jobs' pay ("₹28L/yr - ₹36L/yr"); the job states none.
    const page = readFileSync(join(HELD_OUT, 'set-26', 'linkedin', 'sdui-search-results-technical-program-manager-bengaluru.html'), 'utf8');
    const posting = parseFile(page);
    expect([posting.title.value, posting.title.source]).toEqual(['Technical Program Manager – Payments Platform', 'selector:sduiTitle[0]']);
    expect(posting.salary.value).toBeNull();
  });

  it('names a job of its own on every page (the real-popup test waits for each by its id)', () => {
    // Two of set-12's fragments name no id in the file (the test serves them at an address that does).
    const ids = pages.map(({ set, file }) => parseFile(readFileSync(join(HELD_OUT, set, 'linkedin', file), 'utf8')).jobId).filter((id) => id?.startsWith('linkedin:'));
    expect(ids.length).toBeGreaterThan(220);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  }, 60_000); // parses every page again: more than the default 5 s on a 2-core machine beside other work

  const noJob = ['set-13', 'set-15', 'set-16', 'set-17', 'set-18', 'set-24', 'set-28', 'set-39', 'set-46', 'set-50', 'set-55', 'set-62', 'set-69', 'set-75', 'set-80', 'set-85', 'set-89', 'set-93', 'set-97', 'set-101', 'set-105', 'set-109', 'set-117', 'set-125', 'set-133', 'set-137', 'set-141', 'set-145', 'set-149', 'set-153', 'set-157', 'set-161', 'set-165', 'set-168', 'set-172', 'set-174', 'set-178', 'set-184', 'set-188'].flatMap((set) => readdirSync(join(HELD_OUT, set, 'refuse')).filter((f) => f.endsWith('.html')).map((file) => `${set}/refuse/${file}`));
  it.each(noJob)('%s: refused, or too incomplete to save, never a posting', (file) => {
    let posting: ReturnType<typeof parseFile> | null = null;
    try {
      posting = parseFile(readFileSync(join(HELD_OUT, file), 'utf8'));
    } catch (error) {
      expect(error).toBeInstanceOf(CaptureError);
    }
    if (posting) expect(unsavable(posting)?.code).toBe('incomplete');
  });

  it('says no job is open on a LinkedIn page that names none (a profile: its h1 is a name)', () => {
    const profile = readFileSync(join(HELD_OUT, 'set-13', 'refuse', 'member-profile-open-to-work.html'), 'utf8');
    expect(() => parseFile(profile)).toThrow('No job is open on this LinkedIn page');
  });

  it.each([
    ['set-15/refuse/job-no-longer-available.html'],
    ['set-62/refuse/classic-job-view-no-longer-available-enfermagem.html'],
    ['set-39/refuse/error-page-jobs-view-not-found.html'],
    ['set-50/refuse/login-wall-job-view.html'],
  ])('says LinkedIn shows no job at a job address that shows only a heading: %s', (file) => {
    expect(() => parseFile(readFileSync(join(HELD_OUT, file), 'utf8'))).toThrow('LinkedIn shows no job at this address');
  });

  it('keeps "still loading" for a pane whose job is named by its link, its description not yet loaded', () => {
    const skeleton = parseFile(readFileSync(join(HELD_OUT, 'set-46', 'refuse', 'job-search-detail-skeleton.html'), 'utf8'));
    expect(unsavable(skeleton)?.message).toMatch(/LinkedIn may still be loading/);
  });

  it('reads the title of a description saved alone from its first lines, labelled or over labelled facts, never a label of its type', () => {
    const page = (title: string) =>
      `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="show-more-less-html"><div class="show-more-less-html__markup">${title}<br>Location: Leeds, West Yorkshire<br>${'We are hiring for our growing team. '.repeat(8)}</div></section></body></html>`;
    expect(parseFile(page('Position: Payroll Administrator')).title.value).toBe('Payroll Administrator');
    expect(parseFile(page('Payroll Administrator (m/w/d)')).title.value).toBe('Payroll Administrator (m/w/d)');
    expect(parseFile(page('Role: Permanent')).title.value).toBeNull();
  });

  it('reads the title and place of a description saved alone from a first line over a header line of facts (set-80)', () => {
    const page = (header: string) =>
      `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="show-more-less-html"><div class="show-more-less-html__markup">Inside Sales Executive – Packaging Solutions<br>${header}<br>${'We are hiring for our growing team. '.repeat(8)}</div></section></body></html>`;
    const p = parseFile(page('Leeds, West Yorkshire | Office-based | £26,000–£28,000 basic + uncapped commission'));
    expect([p.title.value, p.location.value]).toEqual(['Inside Sales Executive – Packaging Solutions', 'Leeds, West Yorkshire']);
    // A second line that is a sentence, or names no place, makes no header.
    expect(parseFile(page('We make boxes | and we ship them | fast')).title.value).toBeNull();
  });

  it('reads the title of a description saved alone over an introduction and labelled facts, and a place with its centre or region (sets 86, 87, 89)', () => {
    const page = (lines: string) =>
      `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="show-more-less-html"><div class="show-more-less-html__markup">${lines}<br>${'We are hiring for our growing team. '.repeat(8)}</div></section></body></html>`;
    expect(parseFile(page('IT Project Manager (Offshore Delivery)<br>Saigon Bridge is a software company with 600 engineers.<br>Working location: District 4, Ho Chi Minh City')).title.value).toBe('IT Project Manager (Offshore Delivery)');
    const glasgow = parseFile(page('Travel Consultant – Long Haul<br>Glasgow city centre (Buchanan Street branch) | Full time, permanent | £24,000 – £27,000'));
    expect([glasgow.title.value, glasgow.location.value]).toEqual(['Travel Consultant – Long Haul', 'Glasgow']);
    expect(parseFile(page('Health Programme Administrator<br>Christchurch, Canterbury | Permanent, full-time')).location.value).toBe('Christchurch, Canterbury');
    // A section's heading first is no title.
    expect(parseFile(page('About the role<br>We are a software company.<br>Location: Leeds, West Yorkshire')).title.value).toBeNull();
  });

  it('reads a description saved alone whose title names a section, or whose header is Chinese (sets 115, 116)', () => {
    const page = (lines: string) =>
      `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="show-more-less-html"><div class="show-more-less-html__markup">${lines}<br>${'We are hiring for our growing team. '.repeat(8)}</div></section></body></html>`;
    // A title naming a role holds a heading's word ("Education") and still reads as the title.
    const bristol = parseFile(page('Project Architect – Education &amp; Civic<br>Bristol | Full time, permanent | £42,000 – £48,000'));
    expect([bristol.title.value, bristol.location.value]).toEqual(['Project Architect – Education & Civic', 'Bristol']);
    // A full-width colon labels a fact; a Chinese address under its label is a place.
    const shenzhen = parseFile(page('高级企业培训师（精益生产方向）<br>工作地点：深圳市宝安区（现场办公）<br>薪资范围：15-20K·13薪'));
    expect([shenzhen.title.value, shenzhen.location.value]).toEqual(['高级企业培训师（精益生产方向）', '深圳市宝安区']);
    // A heading with no role in it is still no title.
    expect(parseFile(page('Education &amp; Experience<br>Bristol | Full time, permanent')).title.value).toBeNull();
  });

  it('reads a description saved alone over a header line whose facts are known, its town and region as written (set-119)', () => {
    const page = (lines: string) =>
      `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="show-more-less-html"><div class="show-more-less-html__markup">${lines}<br>${'Buscamos un ingeniero para nuestro equipo. '.repeat(8)}</div></section></body></html>`;
    const p = parseFile(page('Ingeniero(a) de Homologación Vehicular<br>Querétaro, Qro. | Tiempo completo | Esquema híbrido'));
    expect([p.title.value, p.location.value]).toEqual(['Ingeniero(a) de Homologación Vehicular', 'Querétaro, Qro.']);
    // Segments that are no facts make no header.
    expect(parseFile(page('Ingeniero(a) de Homologación Vehicular<br>Querétaro, Qro. | Bajío | Norte')).title.value).toBeNull();
  });

  it("keeps the employer's own pay where LinkedIn's pill rounds it to thousands (set-149)", () => {
    const page = readFileSync(join(HELD_OUT, 'set-149', 'linkedin', 'sdui-search-results-cyber-security-adviser-el1-australia.html'), 'utf8');
    expect(parseFile(page).salary).toEqual({ value: { min: 121_483, max: 137_125, currency: 'AUD', period: 'year' }, source: 'text' });
  });

  it('reads a title ending in an abbreviation, over a place labelled in Spanish (set-133)', () => {
    const page = `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="show-more-less-html"><div class="show-more-less-html__markup">Agente Bilingüe de Servicio al Cliente (Inglés B2+) – Cuenta Retail EE. UU.<br>Ubicación: Bogotá, Colombia<br>${'Buscamos personas bilingües para nuestro equipo. '.repeat(8)}</div></section></body></html>`;
    expect(parseFile(page).title.value).toBe('Agente Bilingüe de Servicio al Cliente (Inglés B2+) – Cuenta Retail EE. UU.');
    // A sentence's period still makes no title.
    expect(parseFile(page.replace('EE. UU.', 'para clientes de tiendas.')).title.value).toBeNull();
  });

  it("reads an Italian description saved alone: the company from the recruiter card's sentence, the town with its province (set-84)", () => {
    const card = (sentence: string) =>
      `<!doctype html><html><head><title>LinkedIn</title></head><body><section class="core-section-container description"><div class="message-the-recruiter"><p>${sentence}</p></div><div class="show-more-less-html__markup">Brand Manager – Linea Skincare (m/f)<br>Milano (MI) – modalità ibrida<br>${'Erbaluce Cosmetici ricerca un Brand Manager per la linea skincare. '.repeat(6)}</div></section></body></html>`;
    const p = parseFile(card('Invia un messaggio diretto all’autore dell’offerta di lavoro di Erbaluce Cosmetici S.p.A.'));
    expect([p.title.value, p.company.value, p.location.value]).toEqual(['Brand Manager – Linea Skincare (m/f)', 'Erbaluce Cosmetici S.p.A.', 'Milano (MI)']);
    // A sentence that goes on past the name names no company.
    expect(parseFile(card('Senden Sie dem Jobanbieter von Acme GmbH eine Direktnachricht')).company.value).toBeNull();
  });

  it('reads the address a page saved by the browser names in its first lines', () => {
    const page = readFileSync(join(HELD_OUT, 'set-13', 'linkedin', 'next-jobs-details-header-backend-engineer-bengaluru.html'), 'utf8');
    expect(parseFile(page).jobId).toBe('linkedin:4474018826');
  });
});
