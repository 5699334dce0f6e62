import type { ReactNode } from 'react';
import { AppNav } from './app-nav';
import { Logo } from './logo';

/** The bar across the top of every screen: the product and its sections, then whatever the screen adds. */
export function AppBar({ children }: { children?: ReactNode }) {
  return (
    <header className="app-bar">
      <div className="app-bar__brand">
        <Logo />
        <span className="app-bar__name">Tend</span>
      </div>
      <AppNav />
      {children}
    </header>
  );
}
