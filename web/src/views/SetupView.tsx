import { type FormEvent, useState } from 'react';
import { api, ApiError } from '../api';

/** First run: create the administrator with the setup token the server printed on start-up. */
export function SetupView({ onDone }: { onDone: () => void }) {
  const [setupToken, setToken] = useState('');
  const [username, setUsername] = useState('admin');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<string | null>(null);
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('/api/setup', { method: 'POST', body: { setupToken: setupToken.trim(), username, password } });
      onDone();
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return (
    <div className="auth-page">
      <form className="auth-card" onSubmit={submit}>
        <h1>Set up Dragnet</h1>
        <p className="muted">Create the first administrator. The setup token was printed in the terminal running <code>dragnet serve</code>.</p>
        <label>
          Setup token
          <input name="setupToken" value={setupToken} onChange={(e) => setToken(e.target.value)} autoFocus />
        </label>
        <label>
          Administrator name
          <input name="username" value={username} onChange={(e) => setUsername(e.target.value)} />
        </label>
        <label>
          Password (10+ characters)
          <input name="password" type="password" autoComplete="new-password" value={password} onChange={(e) => setPassword(e.target.value)} />
        </label>
        {error && <div className="alert alert-error">{error}</div>}
        <button className="btn btn-primary" type="submit">
          Create administrator
        </button>
      </form>
    </div>
  );
}
