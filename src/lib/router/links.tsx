import { useEffect, type AnchorHTMLAttributes, type MouseEvent, type Ref } from 'react';
import { useHref, useLocation, useNavigate, type To } from './router';
import { resolvePath } from './match';

export interface LinkProps extends Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> {
  to: To;
  replace?: boolean;
  state?: unknown;
  ref?: Ref<HTMLAnchorElement>;
}

/** A plain left click navigates in the app; a click with a modifier key does what the browser does. */
function isPlainClick(event: MouseEvent<HTMLAnchorElement>, target: string | undefined) {
  return event.button === 0 && !event.defaultPrevented && (!target || target === '_self') && !(event.metaKey || event.altKey || event.ctrlKey || event.shiftKey);
}

export function Link({ to, replace, state, onClick, target, children, ...rest }: LinkProps) {
  const href = useHref(to);
  const navigate = useNavigate();
  return (
    <a
      {...rest}
      href={href}
      target={target}
      onClick={(event) => {
        onClick?.(event);
        if (!isPlainClick(event, target)) return;
        event.preventDefault();
        navigate(to, { replace, state });
      }}
    >
      {children}
    </a>
  );
}

export interface NavLinkProps extends Omit<LinkProps, 'className'> {
  className?: string | ((status: { isActive: boolean }) => string | undefined);
  /** Active only on exactly this path, not below it. */
  end?: boolean;
}

/** A Link that knows whether it points at the current page (aria-current="page", class "active"). */
export function NavLink({ className, end, ...rest }: NavLinkProps) {
  const { pathname } = useLocation();
  const target = resolvePath(rest.to, pathname);
  const isActive = pathname === target || (!end && target !== '/' && pathname.startsWith(`${target}/`));
  const classes = typeof className === 'function' ? className({ isActive }) : [className, isActive ? 'active' : undefined].filter(Boolean).join(' ') || undefined;
  return <Link {...rest} className={classes} aria-current={isActive ? 'page' : undefined} />;
}

/** Navigates once it is rendered (after the render, like react-router's <Navigate>). */
export function Navigate({ to, replace, state }: { to: To; replace?: boolean; state?: unknown }) {
  const navigate = useNavigate();
  useEffect(() => {
    navigate(to, { replace, state });
  }, [navigate, to, replace, state]);
  return null;
}
