/**
 * The records' `url` fields: each record's address on the site, from the site's one routes module,
 * under the base path the site is built for (PARLEY_BASE, "/" by default).
 */
import { routesFor } from '../site/routes.ts';

export const SITE_ROUTES = routesFor(process.env.PARLEY_BASE || '/');
