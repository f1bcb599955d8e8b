/**
 * The web app manifest: what the browser shows when the site is installed. Named after the study
 * group (content/study-group.yaml), so two groups' copies install as two apps; start URL and
 * scope are the base path, so a copy under /study/ installs as that copy only.
 */
import { routes, withBase } from '../routes.ts';

/** The PNG icons the manifest lists and the build draws (src/pages/icons/[name].png.ts). */
export const APP_ICONS = ([192, 512] as const).flatMap((size) => (['any', 'maskable'] as const).map((purpose) => ({ size, purpose })));

export interface ManifestInput {
  /** The study group's name, from its config. */
  groupName: string;
  base: string;
}

/** A short name for the home screen: the group's name when short, else the site's. */
export const shortName = (groupName: string) => (groupName.length <= 12 ? groupName : 'DS Roadmap');

export function webManifest({ groupName, base }: ManifestInput): Record<string, unknown> {
  return {
    name: `${groupName}: Distributed Systems Roadmap`,
    short_name: shortName(groupName),
    description: 'Papers, labs, schedule and progress for the Distributed Systems Engineer Learning Roadmap, usable offline.',
    id: withBase(base, routes.home),
    start_url: withBase(base, routes.home),
    scope: withBase(base, routes.home),
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#1a5fb4',
    lang: 'en',
    icons: [
      { src: withBase(base, routes.favicon), sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
      ...APP_ICONS.map(({ size, purpose }) => ({ src: withBase(base, routes.icon(size, purpose)), sizes: `${size}x${size}`, type: 'image/png', purpose })),
    ],
  };
}
