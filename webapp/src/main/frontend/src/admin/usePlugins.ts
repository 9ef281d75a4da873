// The plugins the server found, fetched once per page.
import { useEffect, useState } from 'preact/hooks';
import { get } from '../lib/api';
import type { Plugin } from '../lib/types';

let cached: Promise<Plugin[]> | null = null;

export function usePlugins(): Plugin[] | null {
  const [plugins, setPlugins] = useState<Plugin[] | null>(null);
  useEffect(() => {
    cached ??= get<Plugin[]>('/plugins');
    cached.then(setPlugins).catch(() => { cached = null; setPlugins([]); });
  }, []);
  return plugins;
}
