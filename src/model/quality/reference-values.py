"""
Independent reference values for the tests in src/model/quality (issue 23). Run: python3 reference-values.py
(numpy and scipy; about a minute, most of it the bootstrap). Other algorithms than the app's on purpose:
  - alpha from numpy variances of the items and of the sum score (not from a covariance matrix);
  - the Feldt interval from scipy.stats.f.ppf (not from an incomplete beta function and bisection);
  - item-rest as numpy's corrcoef of the item with the summed other items;
  - the one-factor ML fit by minimising F = ln|Σ| + tr(SΣ⁻¹) with scipy's L-BFGS-B from several starts
    (the app uses EM with SQUAREM), with the same floor ψ_i ≥ 0.005 S_ii;
  - the ICC from scipy.stats.f_oneway's F: ICC(1) = (F − 1) / (F + k₀ − 1), ICC(2) = 1 − 1/F.
"""
import numpy as np
from scipy.stats import f, f_oneway
from scipy.optimize import minimize

def alpha(X):
    n, k = X.shape
    return k / (k - 1) * (1 - X.var(axis=0, ddof=1).sum() / X.sum(axis=1).var(ddof=1))

def feldt(X):
    n, k = X.shape
    a = alpha(X)
    d1, d2 = n - 1, (n - 1) * (k - 1)
    return 1 - (1 - a) * f.ppf(.975, d1, d2), 1 - (1 - a) * f.ppf(.025, d1, d2)

def item_rest(X):
    out = []
    for i in range(X.shape[1]):
        rest = np.delete(X, i, axis=1)
        out.append((np.corrcoef(X[:, i], rest.sum(axis=1))[0, 1], alpha(rest)))
    return out

def F_ml(S, lam, psi):
    Sig = np.outer(lam, lam) + np.diag(psi)
    return np.linalg.slogdet(Sig)[1] + np.trace(S @ np.linalg.inv(Sig))

def ml_one_factor(S, starts=5, seed=0):
    """Lowest F over `starts` L-BFGS-B runs; returns (omega, loadings, uniquenesses, spread of omega over starts)."""
    k = S.shape[0]
    g = np.random.default_rng(seed)
    bounds = [(None, None)] * k + [(0.005 * S[i, i], None) for i in range(k)]
    sols = []
    for s in range(starts):
        h = g.uniform(0.05, 0.95, k) if s else np.full(k, 0.5)
        x0 = np.concatenate([np.sqrt(h * np.diag(S)), (1 - h) * np.diag(S)])
        r = minimize(lambda t: F_ml(S, t[:k], t[k:]), x0, method='L-BFGS-B', bounds=bounds,
                     options=dict(ftol=1e-15, gtol=1e-12, maxiter=100000))
        lam, psi = r.x[:k], r.x[k:]
        lam = -lam if lam.sum() < 0 else lam
        sols.append((r.fun, lam.sum() ** 2 / (lam.sum() ** 2 + psi.sum()), lam, psi))
    best = min(sols, key=lambda s: s[0])
    return best[1], best[2], best[3], max(s[1] for s in sols) - min(s[1] for s in sols)

def mulberry32(seed):
    """src/model/testing/seeded.ts, ported."""
    a = seed & 0xffffffff
    def imul(x, y): return (x * y) & 0xffffffff
    def nxt():
        nonlocal a
        a = (a + 0x6d2b79f5) & 0xffffffff
        t = a
        t = imul(t ^ (t >> 15), t | 1)
        t ^= (t + imul(t ^ (t >> 7), t | 61)) & 0xffffffff
        return ((t ^ (t >> 14)) & 0xffffffff) / 4294967296
    return nxt

def bootstrap(X, resamples, seed):
    """Rows in lexicographic order, n draws floor(u·n) per resample, type-7 quantiles (numpy's default)."""
    rows = np.array(sorted(X.astype(int).tolist(), key=lambda r: ','.join(map(str, r))), float)
    n = len(rows)
    rnd = mulberry32(seed)
    omegas, spread = [], 0
    for b in range(resamples):
        idx = [int(rnd() * n) for _ in range(n)]
        om, _, _, s = ml_one_factor(np.cov(rows[idx], rowvar=False), 5, b)
        omegas.append(om)
        spread = max(spread, s)
    return np.quantile(omegas, .025), np.quantile(omegas, .975), spread

H = np.array([[1, 2, 1], [2, 2, 3], [3, 4, 3], [4, 4, 5]], float)
print('H alpha', repr(alpha(H)), 'Feldt', feldt(H), 'F.975(3,6)', f.ppf(.975, 3, 6), 'F.025(3,6)', f.ppf(.025, 3, 6))
print('H item-rest, alpha if deleted', item_rest(H))

A = np.array([[4, 5, 4, 4], [3, 3, 2, 3], [5, 4, 5, 5], [2, 2, 3, 2], [4, 4, 4, 3],
              [1, 2, 1, 2], [3, 4, 3, 4], [5, 5, 4, 5], [2, 3, 2, 1], [4, 3, 4, 4]], float)
print('A alpha', repr(alpha(A)), 'Feldt', feldt(A))
print('A item-rest, alpha if deleted', item_rest(A))
om, lam, psi, _ = ml_one_factor(np.cov(A, rowvar=False))
print('A omega', repr(om), 'loadings', lam, 'uniquenesses', psi, 'floor of item 1', 0.005 * np.cov(A, rowvar=False)[0, 0])

# C: 40 people, 5 items, drawn once from a one-factor model (numpy seed 5), no Heywood case.
g = np.random.default_rng(5)
t = g.normal(size=40)
C = np.clip(np.rint(3 + 0.9 * np.outer(t, [1, 0.9, 0.8, 0.8, 0.7]) + g.normal(scale=0.9, size=(40, 5))), 1, 5)
print('C', C.astype(int).tolist())
om, lam, psi, _ = ml_one_factor(np.cov(C, rowvar=False))
print('C alpha', repr(alpha(C)), 'omega', repr(om), 'loadings', lam, 'uniquenesses', psi)

# D: 60 people, 4 items (numpy seed 11), every resample with one optimum (spread over starts printed).
g = np.random.default_rng(11)
t = g.normal(size=60)
D = np.clip(np.rint(3 + np.outer(t, [0.9, 0.8, 0.9, 0.7]) + g.normal(scale=0.7, size=(60, 4))), 1, 5)
print('D', D.astype(int).tolist())
print('D omega', repr(ml_one_factor(np.cov(D, rowvar=False))[0]))
print('D bootstrap (100 resamples, seed 2024): lower, upper, largest spread over starts', bootstrap(D, 100, 2024))

groups = [[10, 20, 30], [40, 50], [20, 30, 40, 50], [35, 45, 25]]
N, J = sum(map(len, groups)), len(groups)
Fst = f_oneway(*groups).statistic
k0 = (N - sum(len(g) ** 2 for g in groups) / N) / (J - 1)
print('ICC F', repr(Fst), 'k0', repr(k0), 'ICC1', repr((Fst - 1) / (Fst + k0 - 1)), 'ICC2', repr(1 - 1 / Fst))

for p, d1, d2 in [(.975, 9, 72), (.025, 9, 72), (.975, 99, 693), (.025, 99, 693), (.975, 1, 30), (.025, 4, 12),
                  (.975, 999, 6993), (.025, 999, 6993), (.5, 2, 2)]:
    print('F quantile', p, d1, d2, repr(f.ppf(p, d1, d2)))
