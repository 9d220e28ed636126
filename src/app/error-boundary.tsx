import { Component, type ReactNode } from 'react';
import { ErrorMessage } from './error-message';

interface Props {
  children: ReactNode;
}

/**
 * The last line of defence: a page that throws shows a message and a way back, never a blank
 * screen. Stored data is not touched. The layout keys this boundary by route, so navigating
 * away clears the error.
 */
export class ErrorBoundary extends Component<Props, { failed: boolean }> {
  state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  render() {
    return this.state.failed ? <ErrorMessage /> : this.props.children;
  }
}
