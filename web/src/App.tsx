/** Session bootstrap (setup → login → app) and the top-level routes. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { ApiError, api, arrived, setCsrfToken } from './api';
import { useRoute } from './router';
import type { User } from './types';
import { CaseLayout } from './views/CaseLayout';
import { CaseListView } from './views/CaseListView';
import { LoginView } from './views/LoginView';
import { SetupView } from './views/SetupView';
import { TeamView } from './views/TeamView';

type Phase = { state: 'loading' } | { state: 'setup' } | { state: 'login' } | { state: 'in'; user: User } | { state: 'error'; message: string };

type Session = { user: User; csrfToken: string | null };

/** Logged in already if the boot prefetch's session answer is here (the usual reload). */
function initialPhase(): Phase {
  const s = arrived<Session>('/api/session');
  if (!s) return { state: 'loading' };
  setCsrfToken(s.csrfToken);
  return { state: 'in', user: s.user };
}

export function App() {
  const [phase, setPhase] = useState<Phase>(initialPhase);
  const route = useRoute();

  const refresh = useCallback(async () => {
    // The session first: the usual case (logged in) then costs one round trip before the page.
    try {
      const s = await api<Session>('/api/session');
      setCsrfToken(s.csrfToken);
      setPhase({ state: 'in', user: s.user });
    } catch (err) {
      if (!(err instanceof ApiError && err.status === 401)) return setPhase({ state: 'error', message: String(err) });
      try {
        const { needed } = await api<{ needed: boolean }>('/api/setup');
        setPhase({ state: needed ? 'setup' : 'login' });
      } catch (e) {
        setPhase({ state: 'error', message: String(e) });
      }
    }
  }, []);

  // Only when the session was not known at the first render (a ref: checked once, on mount).
  const known = useRef(phase.state === 'in');
  useEffect(() => {
    if (!known.current) void refresh();
  }, [refresh]);

  if (phase.state === 'loading') return <div className="splash">Loading…</div>;
  if (phase.state === 'error') return <div className="splash error">{phase.message}</div>;
  if (phase.state === 'setup') return <SetupView onDone={() => setPhase({ state: 'login' })} />;
  if (phase.state === 'login') return <LoginView onDone={refresh} />;

  const logout = async () => {
    await api('/api/logout', { method: 'POST' }).catch(() => undefined);
    setCsrfToken(null);
    setPhase({ state: 'login' });
  };
  const user = phase.user;
  let body: React.ReactNode;
  if (route[0] === 'cases' && route[1]) body = <CaseLayout caseId={route[1]} route={route.slice(2)} user={user} />;
  else if (route[0] === 'team' && user.role === 'admin') body = <TeamView />;
  else body = <CaseListView user={user} />;
  return (
    <div className="app">
      <header className="topbar">
        <a className="brand" href="#/">
          <span className="brand-mark">▦</span> Dragnet
        </a>
        <span className="topbar-spacer" />
        {user.role === 'admin' && (
          <a className="topbar-link" href="#/team">
            Team
          </a>
        )}
        <span className="user-chip" title={`role: ${user.role}`}>
          {user.username} · {user.role}
        </span>
        <button type="button" className="btn btn-ghost" onClick={logout}>
          Log out
        </button>
      </header>
      <main className="main">{body}</main>
    </div>
  );
}
