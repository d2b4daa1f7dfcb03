import 'reflect-metadata';
import { ChildProcess, spawn } from 'node:child_process';
import { createWriteStream, mkdirSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadConfig } from '@brobygger/config';
import { createDataSource } from '@brobygger/persistence/data-source';
import { seedDemoData } from '@brobygger/persistence/seed/demo-data.seed';
import { DemoClient } from './demo-client';
import { printIndicatorSummary } from './indicator-summary';
import {
  bold,
  dim,
  endProgress,
  green,
  printProposal,
  progressBar,
  ProposalView,
  red,
  wrap,
  yellow,
} from './demo-output';

/**
 * The demo (scripts/demo.sh runs it after build, create-db, migrate and seed): loads the fictional demo data set,
 * starts the built API and one matcher worker as child processes, runs a match for every mobilization arena with a
 * progress bar (GraphQL subscription), prints the proposals and unmatched needs, and leaves API and worker running.
 */

/** Arenas that work in nynorsk (their own texts are nynorsk): their runs explain in nynorsk. */
const NYNORSK_ARENAS = new Set(['arena-vestland']);

const ROOT = resolve(__dirname, '..', '..', '..', '..');
const DIST = join(ROOT, 'dist');
const ADMIN_EMAIL = process.env.BOOTSTRAP_ADMIN_EMAIL ?? 'admin@brobygger.local';
const ADMIN_PASSWORD = process.env.BOOTSTRAP_ADMIN_PASSWORD ?? 'brobygger-demo-admin';

const RUN_QUERY = `query ($id: ID!) { matchRun(id: $id) {
  id status phase progress error objective upperBound optimalityGap
  counts { needs profiles proposals unmatchedNeeds } timings { queueWaitMs loadMs engineMs saveMs }
  proposals { projectType score explanation components { relevance coverage cohesion diversity }
    leadOrganization { name }
    members { role organization { name municipality { population sizeClass } researchInstitution { name shortName } }
      knowledgeNeed { title } competenceProfile { title } } }
  unmatchedNeeds { reason knowledgeNeed { title organization { name } } } } }`;

interface RunView {
  id: string;
  status: string;
  phase: string;
  progress: number;
  error: string | null;
  objective: number | null;
  upperBound: number | null;
  optimalityGap: number | null;
  counts: {
    needs: number | null;
    profiles: number | null;
    proposals: number | null;
    unmatchedNeeds: number | null;
  };
  timings: {
    queueWaitMs: number | null;
    loadMs: number | null;
    engineMs: number | null;
    saveMs: number | null;
  };
  proposals: ProposalView[];
  unmatchedNeeds: Array<{
    reason: string;
    knowledgeNeed: { title: string; organization: { name: string } } | null;
  }>;
}

const children: ChildProcess[] = [];

function startChild(
  name: string,
  script: string,
  env: NodeJS.ProcessEnv,
  logFile: string,
): ChildProcess {
  const log = createWriteStream(logFile, { flags: 'a' });
  const child = spawn(process.execPath, [script], {
    cwd: ROOT,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.pipe(log);
  child.stderr?.pipe(log);
  child.on('exit', (code, signal) => {
    if (!shuttingDown) {
      console.error(red(`\n${name} stopped (${signal ?? `exit code ${code}`}); see ${logFile}`));
      void shutdown(1);
    }
  });
  children.push(child);
  return child;
}

let shuttingDown = false;
const running = (c: ChildProcess) => c.exitCode === null && c.signalCode === null;
async function shutdown(code: number): Promise<never> {
  shuttingDown = true;
  for (const child of children) if (running(child)) child.kill('SIGTERM');
  await Promise.all(
    children.map((c) => (running(c) ? new Promise((r) => c.once('exit', r)) : null)),
  );
  process.exit(code);
}

async function waitForHealth(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/health`);
      if (response.ok) return;
      last = `HTTP ${response.status}: ${await response.text()}`;
    } catch (e) {
      last = (e as Error).message;
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error(`the API did not become healthy within ${timeoutMs / 1000} s (${last})`);
}

/** Follow the run over the subscription (falls back to polling if the WebSocket fails). */
async function followRun(client: DemoClient, id: string): Promise<void> {
  const ws = client.subscriptionClient();
  try {
    await new Promise<void>((resolvePromise, reject) => {
      ws.subscribe<{ matchRunUpdated: { status: string; phase: string; progress: number } }>(
        {
          query: `subscription ($id: ID!) { matchRunUpdated(id: $id) { status phase progress } }`,
          variables: { id },
        },
        {
          next: (v) => {
            const u = v.data?.matchRunUpdated;
            if (u) progressBar(u.progress, u.phase, u.status);
            if (v.errors) reject(new Error(v.errors.map((e) => e.message).join('; ')));
          },
          error: (e) => reject(e instanceof Error ? e : new Error(JSON.stringify(e))),
          complete: () => resolvePromise(),
        },
      );
    });
  } catch (e) {
    console.error(dim(`\n  (subscription unavailable: ${(e as Error).message}; polling instead)`));
    for (;;) {
      const { matchRun } = await client.request<{
        matchRun: { status: string; phase: string; progress: number };
      }>(`query ($id: ID!) { matchRun(id: $id) { status phase progress } }`, { id });
      progressBar(matchRun.progress, matchRun.phase, matchRun.status);
      if (['SUCCEEDED', 'FAILED', 'CANCELLED'].includes(matchRun.status)) break;
      await new Promise((r) => setTimeout(r, 300));
    }
  } finally {
    endProgress();
    await ws.dispose();
  }
}

function printRun(run: RunView): void {
  if (run.status !== 'SUCCEEDED') {
    console.log(red(`  Kjøringen endte som ${run.status}: ${run.error ?? ''}`));
    return;
  }
  const t = run.timings;
  const gap = run.optimalityGap === null ? '–' : `${(run.optimalityGap * 100).toFixed(1)} %`;
  console.log(
    `  ${run.counts.needs} åpne behov, ${run.counts.profiles} profiler → ${bold(`${run.counts.proposals} forslag`)}, ` +
      `${run.counts.unmatchedNeeds} behov uten match · mål ${run.objective?.toFixed(2)} (grense ${run.upperBound?.toFixed(2)}, gap ${gap})`,
  );
  console.log(
    dim(
      `  tid: kø ${t.queueWaitMs} ms, lasting ${t.loadMs} ms, motor ${t.engineMs} ms, lagring ${t.saveMs} ms`,
    ),
  );
  console.log('');
  run.proposals.forEach((p, i) => {
    printProposal(i + 1, p);
    console.log('');
  });
  if (run.unmatchedNeeds.length) {
    console.log(yellow('  Behov uten forslag:'));
    for (const u of run.unmatchedNeeds) {
      console.log(
        `   - ${u.knowledgeNeed?.organization.name ?? '?'}: «${u.knowledgeNeed?.title ?? ''}»`,
      );
      console.log(dim(wrap(u.reason, '       ', 110)));
    }
  }
}

const MEMBER_ROLES: Record<string, string> = {
  MUNICIPALITY: 'MUNICIPALITY_MEMBER',
  COUNTY_MUNICIPALITY: 'MUNICIPALITY_MEMBER',
  RESEARCH_GROUP: 'RESEARCHER',
};

function emlFiles(mailDir: string): string[] {
  try {
    return readdirSync(mailDir).filter((f) => f.endsWith('.eml'));
  } catch {
    return [];
  }
}

/**
 * Accepts the best open proposal of the first arena that has one, shows the consortium it formed, invites one
 * person of every member organization (inviteUser sends the link by e-mail) and prints where the e-mails went.
 */
async function formOneConsortium(
  client: DemoClient,
  arenas: Array<{ id: string; name: string }>,
  mailDir: string | null,
) {
  for (const arena of arenas) {
    const { consortiumProposals } = await client.request<{
      consortiumProposals: { edges: Array<{ node: { id: string } }> };
    }>(
      `query ($a: ID!) { consortiumProposals(first: 1, filter: { arenaId: $a, status: PROPOSED }) { edges { node { id } } } }`,
      { a: arena.id },
    );
    const proposal = consortiumProposals.edges[0]?.node;
    if (!proposal) continue;
    const { acceptConsortiumProposal } = await client.request<{
      acceptConsortiumProposal: {
        consortium: {
          id: string;
          status: string;
          members: Array<{
            role: string;
            response: string;
            organization: { id: string; name: string; kind: string };
          }>;
          ruleChecks: Array<{ rule: string; outcome: string; message: string }>;
        };
      };
    }>(
      `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { consortium { id status
         members { role response organization { id name kind } } ruleChecks(locale: "nb") { rule outcome message } } } }`,
      { id: proposal.id },
    );
    const c = acceptConsortiumProposal.consortium;
    console.log('');
    console.log(bold(`━━ Konsortium dannet i ${arena.name} (${c.status}) ━━`));
    console.log(dim(`  id ${c.id}`));
    for (const m of c.members)
      console.log(
        `   - ${m.role === 'LEAD' ? 'leder' : 'partner'}: ${m.organization.name} (svar: ${m.response})`,
      );
    for (const r of c.ruleChecks)
      console.log(dim(wrap(`${r.outcome} ${r.rule}: ${r.message}`, '  ', 110)));
    const before = mailDir ? emlFiles(mailDir).length : 0;
    for (const [i, m] of c.members.entries())
      await client.request(
        `mutation ($input: InviteUserInput!) { inviteUser(input: $input) { id } }`,
        {
          input: {
            email: `kontakt-${i + 1}-${c.id.slice(0, 8)}@demo.brobygger.local`,
            name: `Kontaktperson i ${m.organization.name}`,
            role: MEMBER_ROLES[m.organization.kind],
            organizationId: m.organization.id,
          },
        },
      );
    if (!mailDir) {
      console.log(`  ${c.members.length} invitasjoner sendt på e-post over SMTP (SMTP_URL).`);
      return;
    }
    const deadline = Date.now() + 20_000;
    while (emlFiles(mailDir).length < before + c.members.length && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 200));
    console.log(
      `  ${emlFiles(mailDir).length - before} invitasjoner til medlemmene skrevet som e-post (.eml) i ${mailDir}/`,
    );
    return;
  }
}

async function main(): Promise<void> {
  const config = loadConfig();
  const logDir = join(ROOT, 'logs');
  mkdirSync(logDir, { recursive: true });

  console.log(bold('Brobygger demo'));
  console.log('› laster demodata (fiktive behov og kompetanseprofiler) …');
  const ds = createDataSource(config.DATABASE_URL, { extra: { max: 2 } });
  await ds.initialize();
  const seeded = await seedDemoData(ds).finally(() => ds.destroy());
  console.log(
    `  ${seeded.needs} kunnskapsbehov, ${seeded.profiles} kompetanseprofiler, ${seeded.organizations} organisasjoner, ` +
      `${seeded.arenas.length} arenaer (${seeded.inserted === 0 ? 'fantes fra før' : `${seeded.inserted} rader lagt inn`})`,
  );

  // Without an SMTP server the API writes its e-mails as .eml files here.
  const mailDir = config.SMTP_URL ? null : resolve(ROOT, config.MAIL_DIR);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ...(mailDir ? { MAIL_DIR: mailDir } : {}),
    PUBLIC_WEB_URL: process.env.PUBLIC_WEB_URL ?? `http://localhost:${config.PORT}`,
    BOOTSTRAP_ADMIN_EMAIL: ADMIN_EMAIL,
    BOOTSTRAP_ADMIN_PASSWORD: ADMIN_PASSWORD,
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
  };
  const baseUrl = `http://127.0.0.1:${config.PORT}`;
  console.log(`› starter API (port ${config.PORT}) og matcher-worker; logger i ${logDir}/`);
  startChild('API', join(DIST, 'apps/api/src/main.js'), env, join(logDir, 'api.log'));
  startChild('worker', join(DIST, 'apps/matcher/src/main.js'), env, join(logDir, 'matcher.log'));
  await waitForHealth(baseUrl, 60_000);

  const client = new DemoClient(baseUrl);
  await client.login(ADMIN_EMAIL, ADMIN_PASSWORD);

  for (const arena of seeded.arenas) {
    console.log('');
    console.log(bold(`━━ ${arena.name} (fylker ${arena.countyNumbers.join(', ')}) ━━`));
    let runId: string;
    try {
      const { startMatchRun } = await client.request<{ startMatchRun: { id: string } }>(
        `mutation ($input: StartMatchRunInput!) { startMatchRun(input: $input) { id } }`,
        {
          input: {
            arenaId: arena.id,
            ...(NYNORSK_ARENAS.has(arena.key) ? { settings: { locale: 'nn' } } : {}),
          },
        },
      );
      runId = startMatchRun.id;
    } catch (e) {
      console.log(yellow(`  hoppet over: ${(e as Error).message}`));
      continue;
    }
    await followRun(client, runId);
    const { matchRun } = await client.request<{ matchRun: RunView }>(RUN_QUERY, { id: runId });
    printRun(matchRun);
  }
  await printIndicatorSummary(client, seeded.arenas);

  await formOneConsortium(client, seeded.arenas, mailDir).catch((e: unknown) =>
    console.log(yellow(`  konsortium ikke dannet: ${(e as Error).message}`)),
  );

  console.log('');
  console.log(green(bold('API-et kjører.')));
  console.log(
    bold(
      `  Webappen:     http://localhost:${config.PORT}/   (logg inn med ${ADMIN_EMAIL} / ${ADMIN_PASSWORD})`,
    ),
  );
  console.log(`  GraphQL:      ${baseUrl}/graphql   (Apollo Sandbox i nettleseren)`);
  console.log(
    `  Innlogging:   mutation { login(input: { email: "${ADMIN_EMAIL}", password: "${ADMIN_PASSWORD}" }) { accessToken } }`,
  );
  console.log(`                send deretter  Authorization: Bearer <accessToken>`);
  console.log(
    `  Køoversikt:   ${baseUrl}/admin/queues   (Bull Board; logg inn med administratorens e-post og passord over)`,
  );
  console.log(`  Helse:        ${baseUrl}/health`);
  console.log(
    `  E-post:       ${mailDir ? `${mailDir}/ (.eml-filer; sett SMTP_URL for å sende dem)` : 'sendes over SMTP_URL'}`,
  );
  console.log(dim('  Ctrl+C stopper API og worker.'));
}

process.on('SIGINT', () => void shutdown(0));
process.on('SIGTERM', () => void shutdown(0));

main().catch((error: unknown) => {
  console.error(red(`demo failed: ${error instanceof Error ? error.message : String(error)}`));
  void shutdown(1);
});
