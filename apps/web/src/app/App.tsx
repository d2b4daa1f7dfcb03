import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { InvitationPage } from '../features/auth/InvitationPage';
import { ArenaOverviewPage } from '../features/arenas/ArenaOverviewPage';
import { NeedsListPage } from '../features/needs/NeedsListPage';
import { NeedPage } from '../features/needs/NeedPage';
import { NeedFormPage } from '../features/needs/NeedFormPage';
import { MyNeedsPage } from '../features/needs/MyNeedsPage';
import { ProfilesListPage } from '../features/profiles/ProfilesListPage';
import { ProfilePage } from '../features/profiles/ProfilePage';
import { MyProfilesPage } from '../features/profiles/MyProfilesPage';
import { StartRunPage } from '../features/match-runs/StartRunPage';
import { MatchRunPage } from '../features/match-runs/MatchRunPage';
import { Loading, StatusPage } from '../shared/StatusPage';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';
import { hasRole } from './session';
import { useSession } from './useSession';

/** The proposal page carries the map (d3-geo, topojson): its own chunk. */
const ProposalPage = lazy(() => import('../features/proposals/ProposalPage'));

function RequireSession({ children }: { children: React.ReactNode }) {
  const session = useSession();
  const location = useLocation();
  if (!session) return <Navigate to="/logg-inn" replace state={{ from: location.pathname + location.search }} />;
  return <>{children}</>;
}

/** The start page of each role. */
function Home() {
  const session = useSession();
  if (hasRole(session, 'ADMIN', 'BROKER')) return <Navigate to="/oversikt" replace />;
  if (hasRole(session, 'MUNICIPALITY_MEMBER')) return <Navigate to="/mine-behov" replace />;
  if (hasRole(session, 'RESEARCHER')) return <Navigate to="/mine-profiler" replace />;
  return <Navigate to="/behov" replace />;
}

export function App() {
  const client = useMemo(() => createApolloClient(), []);
  const session = useSession();
  return (
    <ApolloProvider client={client}>
      <BrowserRouter>
        <Layout>
          <Suspense fallback={<Loading />}>
            <Routes>
              <Route path="/logg-inn" element={<LoginPage />} />
              <Route path="/invitasjon/:token" element={<InvitationPage />} />
              <Route path="/" element={<RequireSession><Home /></RequireSession>} />
              <Route path="/oversikt" element={<RequireSession><ArenaOverviewPage /></RequireSession>} />
              <Route path="/behov" element={<RequireSession><NeedsListPage /></RequireSession>} />
              <Route path="/behov/ny" element={<RequireSession><NeedFormPage /></RequireSession>} />
              <Route path="/behov/:id" element={<RequireSession><NeedPage /></RequireSession>} />
              <Route path="/behov/:id/endre" element={<RequireSession><NeedFormPage /></RequireSession>} />
              <Route path="/mine-behov" element={<RequireSession><MyNeedsPage /></RequireSession>} />
              <Route path="/profiler" element={<RequireSession><ProfilesListPage /></RequireSession>} />
              <Route path="/profiler/:id" element={<RequireSession><ProfilePage /></RequireSession>} />
              <Route path="/mine-profiler" element={<RequireSession><MyProfilesPage /></RequireSession>} />
              <Route path="/kjoringer/ny" element={<RequireSession><StartRunPage /></RequireSession>} />
              <Route path="/kjoringer/:id" element={<RequireSession><MatchRunPage /></RequireSession>} />
              <Route path="/forslag/:id" element={<RequireSession><ProposalPage /></RequireSession>} />
              <Route path="*" element={session ? <StatusPage kind="notFound" /> : <Navigate to="/logg-inn" replace />} />
            </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </ApolloProvider>
  );
}
