/** Every HTML file in dist/ passes html-validate's recommended rules. */
import { HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { assertBuilt, DIST, distFiles } from '../support/dist.ts';

describe('html-validate', () => {
  it('finds no error in any built page', async () => {
    assertBuilt();
    // Trailing whitespace is a rule for hand-written sources; the pages keep the whitespace
    // their templates have (see compressHTML in astro.config.mjs), indentation included.
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': 'off', 'no-trailing-whitespace': 'off' } });
    const pages = distFiles().filter((file) => file.endsWith('.html'));
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateFile(`${DIST}/${page}`);
      for (const result of report.results) {
        for (const message of result.messages) errors.push(`${page}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    expect(pages.length).toBeGreaterThan(50);
    expect(errors).toEqual([]);
  });

  it('catches a broken page (the check can fail)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const report = await validator.validateString('<!doctype html><html lang="en"><head><title>x</title></head><body><p><div></p></body></html>');
    expect(report.valid).toBe(false);
  });
});
