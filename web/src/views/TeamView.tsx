/** Administration: users, roles, and who is on which case. */
import { type FormEvent, useEffect, useState } from 'react';
import { api } from '../api';
import type { CaseSummary, User } from '../types';

export function TeamView() {
  const [users, setUsers] = useState<User[]>([]);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const [members, setMembers] = useState<Record<string, Record<string, string>>>({});
  const [form, setForm] = useState({ username: '', password: '', role: 'analyst' });
  const [msg, setMsg] = useState<string | null>(null);
  const load = async () => {
    const [u, c] = await Promise.all([api<User[]>('/api/users'), api<CaseSummary[]>('/api/cases')]);
    setUsers(u);
    setCases(c);
    const m: Record<string, Record<string, string>> = {};
    for (const cs of c) {
      const list = await api<Array<{ user: User; role: string }>>(`/api/cases/${cs.id}/members`);
      m[cs.id] = Object.fromEntries(list.map((x) => [x.user.id, x.role]));
    }
    setMembers(m);
  };
  useEffect(() => {
    void load();
  }, []);
  const create = async (e: FormEvent) => {
    e.preventDefault();
    try {
      await api('/api/users', { method: 'POST', body: form });
      setForm({ username: '', password: '', role: 'analyst' });
      setMsg('User created.');
      await load();
    } catch (err) {
      setMsg(String((err as Error).message));
    }
  };
  const setRole = async (caseId: string, userId: string, role: string) => {
    await api(`/api/cases/${caseId}/members/${userId}`, { method: 'PUT', body: { role: role || null } });
    await load();
  };
  return (
    <div className="page">
      <h2>Team</h2>
      <form className="inline-form card" onSubmit={create}>
        <input placeholder="username" value={form.username} onChange={(e) => setForm({ ...form, username: e.target.value })} />
        <input placeholder="password (10+)" type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} />
        <select value={form.role} onChange={(e) => setForm({ ...form, role: e.target.value })}>
          <option value="analyst">analyst</option>
          <option value="viewer">viewer</option>
          <option value="admin">admin</option>
        </select>
        <button className="btn btn-primary" type="submit">
          Add user
        </button>
        {msg && <span className="muted small">{msg}</span>}
      </form>
      <table className="grid">
        <thead>
          <tr>
            <th>User</th>
            <th>Role</th>
            {cases.map((c) => (
              <th key={c.id}>{c.name}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr key={u.id}>
              <td>{u.username}</td>
              <td>{u.role}</td>
              {cases.map((c) => (
                <td key={c.id}>
                  {u.role === 'admin' ? (
                    <span className="muted small">all cases</span>
                  ) : (
                    <select value={members[c.id]?.[u.id] ?? ''} onChange={(e) => setRole(c.id, u.id, e.target.value)}>
                      <option value="">not on case</option>
                      <option value="viewer">viewer</option>
                      <option value="analyst">analyst</option>
                    </select>
                  )}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
