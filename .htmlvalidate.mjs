// html-validate configuration for the built site (tests/content/html.spec.ts validates every page).
export default {
  extends: ['html-validate:recommended'],
  rules: {
    // Style-only rules: Astro's compiler decides these spellings (<meta ...> vs <meta ... />,
    // `hidden` vs `hidden=""`), and either form is valid HTML.
    'void-style': 'off',
    'attribute-boolean-style': 'off',
    'attribute-empty-style': 'off',
    // Table rows are anchored by their code (/#206, /#-1), which HTML allows: an id only has to
    // be non-empty without whitespace. "relaxed" checks exactly that instead of demanding a letter first.
    'valid-id': ['error', { relaxed: true }],
    // Checkboxes of one facet share a name (category=message&category=group), as forms do.
    'form-dup-name': ['error', { shared: ['radio', 'button', 'reset', 'submit', 'checkbox'] }],
  },
};
