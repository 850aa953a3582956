/**
 * The service worker (src/scripts/offline.ts registers it): every file of this site a visit
 * fetches is kept, so what was read or searched once can be read and searched again offline.
 * Files named by their content (scripts, styles, the index's chunks and fragments) come from the
 * cache first; everything else from the network first, the cache when the network fails. A file
 * neither can give is reported to the page, so a search can say it is incomplete.
 */
import type { APIRoute } from 'astro';
import { BASE } from '../lib/site/routes.ts';

const worker = (base: string) => `const BASE=${JSON.stringify(base)};const CACHE='parley';
const FIXED=/\\/(?:_astro|pagefind\\/(?:index|fragment|filter))\\//;
self.addEventListener('install',()=>self.skipWaiting());
self.addEventListener('activate',(e)=>e.waitUntil(self.clients.claim()));
self.addEventListener('fetch',(e)=>{const r=e.request;if(r.method!=='GET')return;const u=new URL(r.url);
if(u.origin!==location.origin||!u.pathname.startsWith(BASE))return;e.respondWith(answer(r,u));});
async function answer(r,u){const c=await caches.open(CACHE);const fixed=FIXED.test(u.pathname);
if(fixed){const hit=await c.match(r);if(hit)return hit;}
try{const res=await fetch(r);if(res.ok)await c.put(r,res.clone());return res;}
catch(error){const hit=await c.match(r,{ignoreSearch:!fixed});if(hit)return hit;
for(const client of await self.clients.matchAll())client.postMessage({missing:u.pathname});throw error;}}
`;

export const GET: APIRoute = () =>
  new Response(worker(BASE), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
