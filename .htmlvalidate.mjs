// html-validate's rules for the built pages (test/quality.test.ts runs it over all of dist/).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Astro's HTML compression is off so that transcript text keeps every space; the indentation
    // it leaves behind is not an error in a page.
    'no-trailing-whitespace': 'off',
    // A document's <title> is its printed title: an archive keeps it whole, however long.
    'long-title': 'off',
  },
};
