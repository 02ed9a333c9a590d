import { createContext, useContext } from 'react';
import type { AppServices } from '../app/services.js';
import type { InputEvent } from './input/decode.js';
import type { Route } from './routes.js';

export type { AppServices };

export const ServicesContext = createContext<AppServices | undefined>(undefined);

export function useServices(): AppServices {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside <App>');
  return services;
}

/**
 * Replaces the services every screen reads, after a change that gives new ones (a setting saved:
 * see AppServices.saveSetting). Screens opened afterwards read the new ones.
 */
export const ReplaceServicesContext = createContext<(next: AppServices) => void>(() => undefined);

export function useReplaceServices(): (next: AppServices) => void {
  return useContext(ReplaceServicesContext);
}

export interface Nav {
  /** Opens a screen; back() returns to the current one. */
  push(route: Route): void;
  /** Swaps the current screen for another (back() skips it). */
  replace(route: Route): void;
  /** Back to the previous screen; leaves the program when there is none. */
  back(): void;
  /** Leaves the program with this exit code. */
  exit(code?: number): void;
  /** A short text printed in the normal terminal after the program leaves its screen. */
  farewell(text: string | undefined): void;
  /** True when back() returns to a screen (false: it quits). */
  canGoBack: boolean;
}

export const NavContext = createContext<Nav | undefined>(undefined);

export function useNav(): Nav {
  const nav = useContext(NavContext);
  if (!nav) throw new Error('useNav outside <App>');
  return nav;
}

/** Whether the `?` overlay is open: while it is, screens ignore keys. */
export interface HelpState {
  open: boolean;
  setOpen(open: boolean): void;
}

export const HelpContext = createContext<HelpState>({ open: false, setOpen: () => undefined });

/** Start-up notices still on screen (until the first key): every frame shows them above its body. */
export const NoticesContext = createContext<readonly string[]>([]);

export type InputHandler = (event: InputEvent) => void;

/**
 * The one way keys reach screens: the app reads the terminal, handles Ctrl+C and Ctrl+Z itself,
 * drops everything while the window is too small, and hands the rest to the screens that
 * subscribed. Screens subscribe while drawing their first frame, so a key typed the moment a
 * screen appears reaches it.
 */
export interface KeyBus {
  subscribe(handler: InputHandler): () => void;
}

export const KeyBusContext = createContext<KeyBus | undefined>(undefined);
