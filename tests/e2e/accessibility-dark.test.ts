/** axe-core (WCAG 2.2 AA) on a page of each kind in the dark colour scheme; light is in accessibility.test.ts. */
import { beforeAll, describe, expect, it } from 'vitest';
import { violations } from '../support/axe.ts';
import { assertBuilt } from '../support/dist.ts';
import { useSiteInChromium } from '../support/site.ts';

const site = useSiteInChromium();

beforeAll(() => assertBuilt());

/**
 * One page of each kind, for the dark scheme (colours differ; structure does not). The whole
 * schedule (axe takes 12 s over its 144 weeks) is checked in light; here its phase page, the same
 * template, stands in for it.
 */
const ONE_OF_EACH = ['', 'phases/', 'phases/core-algorithms/', 'papers/', 'papers/raft/', 'reading-order/', 'labs/', 'labs/raft-from-scratch/', 'books/', 'books/ddia/', 'courses/', 'projects/', 'design-problems/', 'design-problems/rate-limiter/', 'open-source/', 'systems/', 'criteria/', 'search/?q=raft', 'progress/', 'progress/group/', 'schedule/foundations/', 'schedule/week-9/', 'handbook/', 'bibliography/', '404.html'];

describe('accessibility in the dark scheme', () => {
  it('has no axe violations on a page of each kind in the dark scheme', async () => {
    expect(await violations(site, 'dark', ONE_OF_EACH)).toEqual([]);
  });
});
