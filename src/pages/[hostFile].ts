import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';
import { nameRedirects } from '../routes/code-routes';
import { hostFiles } from '../routes/host-config';

/**
 * The web server's configuration, written into dist/ at build time: _nginx.conf (and _nginx-brotli.conf)
 * for nginx, _headers and _redirects for Netlify-style hosts. See docs/deploying.md.
 */
export const getStaticPaths = (async () => {
  const files = hostFiles({ base: import.meta.env.BASE_URL, redirects: await nameRedirects() });
  return Object.entries(files).map(([hostFile, text]) => ({ params: { hostFile }, props: { text } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props }) => new Response(props.text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
