/**
 * The service worker (src/scripts/offline.ts registers it): every file of this site a visit
 * fetches is kept, so what was read or searched once can be read and searched again offline.
 * Files named by their content (scripts, styles, the index's chunks and fragments) come from the
 * cache first; everything else from the network first, the cache when the network fails. A file
 * neither can give is reported to the page, so a search can say it is incomplete. Keeping a copy
 * never delays or fails the answer: a full or missing cache costs the offline copy, not the page.
 */
import type { APIRoute } from 'astro';
import { BASE } from '../lib/site/routes.ts';

const worker = (base: string) => `const BASE=${JSON.stringify(base)};const CACHE='parley';
const FIXED=/\\/(?:_astro|pagefind\\/(?:index|fragment|filter))\\//;
self.addEventListener('install',()=>self.skipWaiting());
self.addEventListener('activate',(e)=>e.waitUntil(self.clients.claim()));
self.addEventListener('fetch',(e)=>{const r=e.request;if(r.method!=='GET')return;const u=new URL(r.url);
if(u.origin!==location.origin||!u.pathname.startsWith(BASE))return;e.respondWith(answer(e,r,u));});
async function answer(e,r,u){const c=await caches.open(CACHE).catch(()=>null);const fixed=FIXED.test(u.pathname);
if(c&&fixed){const hit=await c.match(r).catch(()=>undefined);if(hit)return hit;}
let res;try{res=await fetch(r);}
catch(error){const hit=c&&await c.match(r,{ignoreSearch:!fixed}).catch(()=>undefined);if(hit)return hit;
for(const client of await self.clients.matchAll())client.postMessage({missing:u.pathname});throw error;}
if(c&&res.status===200)e.waitUntil(c.put(r,res.clone()).catch(()=>{}));return res;}
`;

export const GET: APIRoute = () =>
  new Response(worker(BASE), { headers: { 'Content-Type': 'text/javascript; charset=utf-8' } });
