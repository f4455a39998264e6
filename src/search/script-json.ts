/**
 * JSON as the text of a `<script type="application/json">` element: every `<` written as \u003c, so no
 * text in it (`</script>`, `<!--`) can end or change the element. JSON.parse reads it back unchanged.
 */
export const scriptJson = (value: unknown): string => JSON.stringify(value).replace(/</g, '\\u003c');
