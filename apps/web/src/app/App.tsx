import { ApolloProvider } from '@apollo/client/react';
import { lazy, Suspense, useMemo } from 'react';
import { BrowserRouter, Navigate, Route, Routes, useLocation } from 'react-router';
import { LoginPage } from '../features/auth/LoginPage';
import { Loading, StatusPage } from '../shared/StatusPage';
import { createApolloClient } from './apollo';
import { Layout } from './Layout';
import { hasRole } from './session';
import { useSession } from './useSession';
import { NotificationsPage } from '../features/notifications/NotificationsPage';

/**
 * Every page but sign-in is its own chunk, loaded when first opened; the proposal page carries the map (d3-geo,
 * topojson-client) and the overview the chart.
 */
const ProposalPage = lazy(() => import('../features/proposals/ProposalPage'));
const ArenaOverviewPage = lazy(() => import('../features/arenas/ArenaOverviewPage').then((m) => ({ default: m.ArenaOverviewPage })));
const NeedsListPage = lazy(() => import('../features/needs/NeedsListPage').then((m) => ({ default: m.NeedsListPage })));
const NeedPage = lazy(() => import('../features/needs/NeedPage').then((m) => ({ default: m.NeedPage })));
const NeedFormPage = lazy(() => import('../features/needs/NeedFormPage').then((m) => ({ default: m.NeedFormPage })));
const MyNeedsPage = lazy(() => import('../features/needs/MyNeedsPage').then((m) => ({ default: m.MyNeedsPage })));
const ProfilesListPage = lazy(() => import('../features/profiles/ProfilesListPage').then((m) => ({ default: m.ProfilesListPage })));
const ProfilePage = lazy(() => import('../features/profiles/ProfilePage').then((m) => ({ default: m.ProfilePage })));
const MyProfilesPage = lazy(() => import('../features/profiles/MyProfilesPage').then((m) => ({ default: m.MyProfilesPage })));
const StartRunPage = lazy(() => import('../features/match-runs/StartRunPage').then((m) => ({ default: m.StartRunPage })));
const MatchRunPage = lazy(() => import('../features/match-runs/MatchRunPage').then((m) => ({ default: m.MatchRunPage })));
const ConsortiumPage = lazy(() => import('../features/consortia/ConsortiumPage'));
const ConsortiaListPage = lazy(() => import('../features/consortia/ConsortiaListPage').then((m) => ({ default: m.ConsortiaListPage })));
const FollowUpPage = lazy(() => import('../features/follow-up/FollowUpPage').then((m) => ({ default: m.FollowUpPage })));
const ExclusionsPage = lazy(() => import('../features/partners/ExclusionsPage').then((m) => ({ default: m.ExclusionsPage })));
const InvitationPage = lazy(() => import('../features/auth/InvitationPage').then((m) => ({ default: m.InvitationPage })));

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
              <Route path="/konsortier" element={<RequireSession><ConsortiaListPage /></RequireSession>} />
              <Route path="/konsortier/:id" element={<RequireSession><ConsortiumPage /></RequireSession>} />
              <Route path="/inhabilitet" element={<RequireSession><ExclusionsPage /></RequireSession>} />
              <Route path="/oppfolging" element={<RequireSession><FollowUpPage /></RequireSession>} />
              <Route path="/varsler" element={<RequireSession><NotificationsPage /></RequireSession>} />
              <Route path="*" element={session ? <StatusPage kind="notFound" /> : <Navigate to="/logg-inn" replace />} />
            </Routes>
          </Suspense>
        </Layout>
      </BrowserRouter>
    </ApolloProvider>
  );
}
