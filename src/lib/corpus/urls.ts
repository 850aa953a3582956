/**
 * The records' `url` fields: each record's address on the site, from the site's one routes module,
 * relative to the site's root (a site served under a base path puts its base in front).
 */
import { routesFor } from '../site/routes.ts';

export const SITE_ROUTES = routesFor('/');
