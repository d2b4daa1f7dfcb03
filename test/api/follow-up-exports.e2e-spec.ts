import { DataSource } from 'typeorm';
import request from 'supertest';
import { parseProblem } from '@brobygger/engine/exchange/validate';
import { startAuthTestApp } from '../auth/auth-test-app';
import { createProposal, createWorld, World } from '../auth/auth-world';
import { errorCode, gql, TestApp } from '../support/graphql';

/** Splits CSV text (RFC 4180: quoted fields with doubled quotes and line breaks) into records. */
function parseCsv(text: string, delimiter = ';'): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      record.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      i++;
    } else field += ch;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

/** Records as objects by header. */
function table(text: string, delimiter = ';'): Array<Record<string, string>> {
  const [headers, ...rows] = parseCsv(text.replace(/^\uFEFF/, ''), delimiter);
  return rows.map((row) => Object.fromEntries(headers.map((h, i) => [h, row[i]])));
}

describe('follow-up: programmeIndicators, CSV exports and exportArenaProblem', () => {
  let app: TestApp;
  let ds: DataSource;
  let world: World;
  let needId: string;
  const title = 'Helse; omsorg for «eldre» og "hjemmeboende"';
  const description = 'Første linje; med semikolon\nAndre linje med æ, ø og å\r\nTredje "sitat"';

  const get = (path: string, token?: string) => {
    const call = request(app.app.getHttpServer()).get(path).buffer(true);
    return token ? call.set('authorization', `Bearer ${token}`) : call;
  };

  beforeAll(async () => {
    app = await startAuthTestApp();
    ds = app.app.get(DataSource);
    world = await createWorld(app);
    const created = await gql<{ createKnowledgeNeed: { id: string } }>(
      app,
      `mutation ($input: CreateKnowledgeNeedInput!) { createKnowledgeNeed(input: $input) { id } }`,
      {
        input: {
          organizationId: world.ownerOrg,
          title,
          description,
          status: 'OPEN',
          themes: ['HEALTH_AND_CARE'],
        },
      },
      { token: world.tokens.ownerMember },
    );
    needId = created.data!.createKnowledgeNeed.id;
  });
  afterAll(async () => {
    await app.close();
  });

  describe('needs.csv', () => {
    it('streams the arena needs as UTF-8 with a header, `;`-separated, quoting `;`, quotes and line breaks', async () => {
      const res = await get(`/exports/needs.csv?arenaId=${world.arenaA}`, world.tokens.brokerA);
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
      expect(res.headers['content-disposition']).toMatch(/^attachment; filename="brobygger-needs-/);
      expect(res.text.startsWith('\uFEFFid;title;description;status;organization;')).toBe(true);
      expect(res.text).toContain(`"Helse; omsorg for «eldre» og ""hjemmeboende"""`);
      const rows = table(res.text);
      const row = rows.find((r) => r.id === needId)!;
      expect(row).toMatchObject({
        title,
        description,
        status: 'OPEN',
        municipality_number: '4601',
        county_number: '46',
        themes: 'HEALTH_AND_CARE',
      });
      // Only needs of the arena's county (46); the draft of the same owner is included for its broker.
      expect(rows.every((r) => r.county_number === '46')).toBe(true);
      expect(rows.map((r) => r.id)).toContain(world.draftNeed);
      // No personal data.
      expect(res.text).not.toContain('kari.open@bergen.kommune.no');
    });

    it('uses the delimiter asked for', async () => {
      const res = await get(
        `/exports/needs.csv?arenaId=${world.arenaA}&delimiter=comma`,
        world.tokens.admin,
      );
      expect(res.status).toBe(200);
      expect(res.text.startsWith('\uFEFFid,title,description,')).toBe(true);
      expect(table(res.text, ',').find((r) => r.id === needId)?.title).toBe(title);
    });

    it('refuses an unknown delimiter naming the field', async () => {
      const res = await get(
        `/exports/needs.csv?arenaId=${world.arenaA}&delimiter=x`,
        world.tokens.admin,
      );
      expect(res.status).toBe(400);
      expect(res.body).toMatchObject({ code: 'BAD_USER_INPUT', field: 'delimiter' });
    });

    it("lets only the arena's brokers and admins export its lists", async () => {
      const path = `/exports/needs.csv?arenaId=${world.arenaA}`;
      expect((await get(path)).status).toBe(401);
      expect((await get(path, 'not-a-token')).status).toBe(401);
      expect((await get(path, world.tokens.brokerB)).status).toBe(403);
      expect((await get(path, world.tokens.ownerMember)).status).toBe(403);
      expect((await get(path, world.tokens.ownerResearcher)).status).toBe(403);
      const missing = await get(
        '/exports/needs.csv?arenaId=00000000-0000-4000-8000-000000000000',
        world.tokens.admin,
      );
      expect(missing.status).toBe(404);
    });

    it('exports the whole country for admins only', async () => {
      const all = await get('/exports/needs.csv', world.tokens.admin);
      expect(all.status).toBe(200);
      const [{ count }] = await ds.query<Array<{ count: number }>>(
        'SELECT count(*)::int AS count FROM knowledge_needs',
      );
      expect(table(all.text)).toHaveLength(count);
      expect((await get('/exports/needs.csv', world.tokens.brokerA)).status).toBe(403);
    });
  });

  describe('profiles.csv and proposals.csv', () => {
    it("lists the profiles serving the arena and the arena's proposals", async () => {
      const profiles = table(
        (await get(`/exports/profiles.csv?arenaId=${world.arenaA}`, world.tokens.brokerA)).text,
      );
      expect(profiles.map((p) => p.id)).toEqual(
        expect.arrayContaining([world.activeProfile, world.pausedProfile]),
      );
      const proposals = table(
        (await get(`/exports/proposals.csv?arenaId=${world.arenaA}`, world.tokens.brokerA)).text,
      );
      expect(proposals).toEqual([
        expect.objectContaining({
          id: world.proposal,
          status: 'PROPOSED',
          project_type: 'INNOVATION_PROJECT',
        }),
      ]);
    });
  });

  describe('signed links', () => {
    it('makes a short-lived link that downloads without a bearer token', async () => {
      const res = await gql<{ createExportLink: { url: string; expiresAt: string } }>(
        app,
        `mutation ($a: ID!) { createExportLink(input: { kind: NEEDS, arenaId: $a, delimiter: "tab" }) { url expiresAt } }`,
        { a: world.arenaA },
        { token: world.tokens.brokerA },
      );
      const { url, expiresAt } = res.data!.createExportLink;
      expect(url).toMatch(/^\/exports\/download\?token=/);
      const minutes = (new Date(expiresAt).getTime() - Date.now()) / 60000;
      expect(minutes).toBeGreaterThan(4);
      expect(minutes).toBeLessThanOrEqual(5);
      const download = await get(url);
      expect(download.status).toBe(200);
      expect(table(download.text, '\t').find((r) => r.id === needId)?.description).toBe(
        description,
      );
      const tampered = await get(`${url.slice(0, -3)}abc`);
      expect(tampered.status).toBe(401);
      // An access token is not a link, nor a link an access token.
      expect((await get(`/exports/download?token=${world.tokens.brokerA}`)).status).toBe(401);
      const asBearer = await get(
        `/exports/needs.csv?arenaId=${world.arenaA}`,
        decodeURIComponent(url.split('token=')[1]),
      );
      expect(asBearer.status).toBe(401);
    });

    it('refuses a link for what the caller may not export', async () => {
      const res = await gql(
        app,
        `mutation ($a: ID!) { createExportLink(input: { kind: PROPOSALS, arenaId: $a }) { url } }`,
        { a: world.arenaA },
        { token: world.tokens.brokerB },
      );
      expect(errorCode(res)).toBe('FORBIDDEN');
    });
  });

  describe('indicators', () => {
    it('exports the indicators as CSV: one row per month and one for the whole range', async () => {
      const from = '2026-01-01T00:00:00Z';
      const res = await get(
        `/exports/indicators.csv?arenaId=${world.arenaA}&from=${from}`,
        world.tokens.brokerA,
      );
      expect(res.status).toBe(200);
      const rows = table(res.text);
      const months = (new Date().getUTCFullYear() - 2026) * 12 + new Date().getUTCMonth() + 1;
      expect(rows).toHaveLength(months + 1);
      const total = rows[rows.length - 1];
      expect(total.period_start).toBe('2026-01-01T00:00:00.000Z');
      expect(Number(total.municipalities_in_scope)).toBe(43); // Vestland
      expect(Number(total.needs_open)).toBeGreaterThanOrEqual(1);
    });

    it("shows a municipality member only its own organization's needs", async () => {
      const query = `{ programmeIndicators { total { municipalities { inScope mobilized } needs { registered open draft } } } }`;
      const res = await gql<{
        programmeIndicators: {
          total: {
            municipalities: { inScope: number; mobilized: number };
            needs: { registered: number; open: number; draft: number };
          };
        };
      }>(app, query, {}, { token: world.tokens.ownerMember });
      const [{ open, draft }] = await ds.query<Array<{ open: number; draft: number }>>(
        `SELECT count(*) FILTER (WHERE to_status = 'OPEN')::int AS open, count(*) FILTER (WHERE to_status = 'DRAFT')::int AS draft
           FROM programme_events WHERE entity_type = 'KNOWLEDGE_NEED' AND superseded_at IS NULL AND organization_ids @> ARRAY[$1::uuid]`,
        [world.ownerOrg],
      );
      expect(open).toBe(1); // the need created through the API above
      expect(res.data!.programmeIndicators.total).toEqual({
        municipalities: { inScope: 1, mobilized: 1 },
        needs: { registered: open + draft, open, draft },
      });
    });

    it('refuses a range that ends before it starts, naming the field', async () => {
      const res = await gql(
        app,
        `{ programmeIndicators(filter: { from: "2026-02-01T00:00:00Z", to: "2026-01-01T00:00:00Z" }) { from } }`,
      );
      expect(errorCode(res)).toBe('BAD_USER_INPUT');
      expect(res.errors![0].extensions!.field).toBe('filter.from');
    });

    it('answers NOT_FOUND for an unknown arena and FORBIDDEN for a broker of another arena without memberships', async () => {
      const unknown = await gql(
        app,
        `{ programmeIndicators(filter: { arenaId: "00000000-0000-4000-8000-000000000000" }) { from } }`,
      );
      expect(errorCode(unknown)).toBe('NOT_FOUND');
      const other = await gql(
        app,
        `query ($a: ID!) { programmeIndicators(filter: { arenaId: $a }) { from } }`,
        { a: world.arenaA },
        { token: world.tokens.brokerB },
      );
      expect(errorCode(other)).toBe('FORBIDDEN');
    });
  });

  describe('consortia.csv', () => {
    it("lists the arena's consortia with needs, members' answers and the date of each status", async () => {
      const { proposalId } = await createProposal(ds, {
        arenaId: world.arenaA,
        needId,
        needOrg: world.ownerOrg,
        profileId: world.activeProfile,
        group: world.group,
      });
      const accepted = await gql(
        app,
        `mutation ($id: ID!) { acceptConsortiumProposal(id: $id) { id } }`,
        { id: proposalId },
        { token: world.tokens.brokerA },
      );
      expect(accepted.errors).toBeUndefined();
      const [consortium] = await ds.query<Array<{ id: string; version: number; formed: string }>>(
        `SELECT id, version, to_char(created_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS formed
           FROM consortia WHERE proposal_id = $1`,
        [proposalId],
      );
      const dissolved = await gql(
        app,
        `mutation ($input: ChangeConsortiumStatusInput!) { changeConsortiumStatus(input: $input) { status } }`,
        {
          input: {
            id: consortium.id,
            version: consortium.version,
            status: 'DISSOLVED',
            reason: 'Kommunen trakk seg',
          },
        },
        { token: world.tokens.brokerA },
      );
      expect(dissolved.errors).toBeUndefined();
      const history = await ds.query<Array<{ to_status: string; at: string }>>(
        `SELECT to_status, to_char(changed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') AS at
           FROM consortium_status_changes WHERE consortium_id = $1 ORDER BY changed_at, id`,
        [consortium.id],
      );
      expect(history.map((h) => h.to_status)).toEqual(['FORMING', 'DISSOLVED']);

      const res = await get(`/exports/consortia.csv?arenaId=${world.arenaA}`, world.tokens.brokerA);
      expect(res.status).toBe(200);
      expect(res.headers['content-disposition']).toMatch(/filename="brobygger-consortia-/);
      // The need's title has `;`, quotes and guillemets: quoted, inner quotes doubled.
      expect(res.text).toContain(`"Helse; omsorg for «eldre» og ""hjemmeboende"""`);
      const rows = table(res.text);
      expect(rows).toHaveLength(1);
      const [names] = await ds.query<Array<{ owner: string; group: string; profile: string }>>(
        `SELECT (SELECT name FROM organizations WHERE id = $1) AS owner,
                (SELECT name FROM organizations WHERE id = $2) AS group,
                (SELECT title FROM competence_profiles WHERE id = $3) AS profile`,
        [world.ownerOrg, world.group, world.activeProfile],
      );
      expect(rows[0]).toMatchObject({
        id: consortium.id,
        proposal_id: proposalId,
        status: 'DISSOLVED',
        project_type: 'INNOVATION_PROJECT',
        lead_organization: names.owner,
        needs: title,
        members: `${names.owner}: LEAD, PENDING | ${names.group} (${names.profile}): PARTNER, PENDING`,
        members_accepted: '0/2',
        formed_at: consortium.formed,
        confirmed_at: '',
        dissolved_at: history[1].at,
        status_history: `FORMING ${history[0].at} | DISSOLVED ${history[1].at}`,
      });
      // Arena B has none; only arena A's brokers and admins may export arena A's consortia.
      const other = await get(
        `/exports/consortia.csv?arenaId=${world.arenaB}`,
        world.tokens.brokerB,
      );
      expect(other.status).toBe(200);
      expect(table(other.text)).toEqual([]);
      const path = `/exports/consortia.csv?arenaId=${world.arenaA}`;
      expect((await get(path, world.tokens.brokerB)).status).toBe(403);
      expect((await get(path, world.tokens.ownerMember)).status).toBe(403);
    });
  });

  describe('rejection reason categories', () => {
    it("uses the broker's category over the reason's words in the export and the figures", async () => {
      const { proposalId } = await createProposal(ds, {
        arenaId: world.arenaA,
        needId: world.openNeed,
        needOrg: world.ownerOrg,
        profileId: world.activeProfile,
        group: world.group,
      });
      // The words alone would say CAPACITY ("kapasitet"); the broker says REGION.
      const rejected = await gql<{
        rejectConsortiumProposal: { status: string; decisionReasonCategory: string };
      }>(
        app,
        `mutation ($id: ID!) { rejectConsortiumProposal(id: $id, reason: "Miljøet har kapasitet, men ligger for langt unna", reasonCategory: REGION) { status decisionReasonCategory } }`,
        { id: proposalId },
        { token: world.tokens.brokerA },
      );
      expect(rejected.data?.rejectConsortiumProposal).toEqual({
        status: 'REJECTED',
        decisionReasonCategory: 'REGION',
      });
      const proposals = table(
        (await get(`/exports/proposals.csv?arenaId=${world.arenaA}`, world.tokens.brokerA)).text,
      );
      expect(proposals.find((p) => p.id === proposalId)?.reason_category).toBe('REGION');
      const figures = await gql<{
        programmeIndicators: {
          total: { proposals: { rejectedByReason: Array<{ key: string; count: number }> } };
        };
      }>(
        app,
        `query ($a: ID!) { programmeIndicators(filter: { arenaId: $a }) { total { proposals { rejectedByReason { key count } } } } }`,
        { a: world.arenaA },
        { token: world.tokens.brokerA },
      );
      expect(figures.data!.programmeIndicators.total.proposals.rejectedByReason).toEqual([
        { key: 'REGION', count: 1 },
      ]);
    });
  });

  describe('exportArenaProblem', () => {
    it('returns the arena as a valid brobygger.problem/v1 document', async () => {
      const res = await gql<{ exportArenaProblem: Record<string, unknown> }>(
        app,
        `query ($a: ID!) { exportArenaProblem(arenaId: $a) }`,
        { a: world.arenaA },
        { token: world.tokens.brokerA },
      );
      const problem = parseProblem(res.data!.exportArenaProblem);
      expect(problem.format).toBe('brobygger.problem/v1');
      expect(problem.needs.map((n) => n.id)).toEqual(
        expect.arrayContaining([needId, world.openNeed]),
      );
      expect(problem.needs.map((n) => n.id)).not.toContain(world.draftNeed);
      expect(problem.needs.find((n) => n.id === needId)?.title).toBe(title);
    });
  });
});
