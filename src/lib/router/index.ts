/**
 * The app's router: the part of react-router's API the app uses (hash routes, nested routes with
 * an outlet, params, links, location state), in about 2 kB gzip instead of 13 kB. `react-router`
 * resolves to this module in vite.config.ts, vitest.config.ts and tsconfig.app.json, so every
 * `import … from 'react-router'` gets it, and an API it lacks fails the typecheck instead of
 * starting a second router. See docs/decisions.md.
 */
export { HashRouter, MemoryRouter, Route, Routes, Outlet, useHref, useLocation, useNavigate, useParams } from './router';
export type { Location, NavigateFunction, NavigateOptions, RouteProps, To } from './router';
export { Link, NavLink, Navigate } from './links';
export type { LinkProps, NavLinkProps } from './links';
