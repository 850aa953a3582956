/**
 * Talking points from linked pairs. Plain connected components chain unrelated points: A is like B
 * on Turkey, B like C on drones, so A and C would be one "point". Here two groups merge only when
 * more than half of the possible links between them exist, pairs taken strongest first, so a passage
 * joins a point only if it is linked to most of the passages already in it.
 */

export interface WeightedLink {
  a: number;
  b: number;
  similarity: number;
}

/** Groups of item indices, each of two or more items; items in no link, or in no merged group, are in none. */
export function majorityLinkClusters(links: readonly WeightedLink[], itemCount: number): number[][] {
  const neighbours = new Map<number, number[]>();
  const addNeighbour = (from: number, to: number) => {
    let list = neighbours.get(from);
    if (!list) neighbours.set(from, (list = []));
    list.push(to);
  };
  for (const link of links) {
    addNeighbour(link.a, link.b);
    addNeighbour(link.b, link.a);
  }

  const clusterOf = new Int32Array(itemCount).map((_, item) => item);
  const members = new Map<number, number[]>();
  const membersOf = (cluster: number) => members.get(cluster) ?? [cluster];

  const ordered = [...links].sort((x, y) => y.similarity - x.similarity || x.a - y.a || x.b - y.b);
  for (const link of ordered) {
    const first = clusterOf[link.a]!;
    const second = clusterOf[link.b]!;
    if (first === second) continue;
    const firstMembers = membersOf(first);
    const secondMembers = membersOf(second);
    const [smaller, larger, largerId] =
      firstMembers.length <= secondMembers.length
        ? [firstMembers, secondMembers, second]
        : [secondMembers, firstMembers, first];
    let links = 0;
    for (const item of smaller) {
      for (const other of neighbours.get(item) ?? []) if (clusterOf[other] === largerId) links++;
    }
    if (2 * links <= smaller.length * larger.length) continue;
    const merged = [...larger, ...smaller];
    const smallerId = largerId === first ? second : first;
    for (const item of smaller) clusterOf[item] = largerId;
    members.delete(smallerId);
    members.set(largerId, merged);
  }
  return [...members.values()];
}
