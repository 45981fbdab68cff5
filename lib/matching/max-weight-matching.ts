/**
 * Maximum-weight matching on a general (not bipartite) graph: Edmonds' blossom algorithm with
 * dual variables, O(n³), following Galil's "Efficient algorithms for finding maximum matching in
 * graphs" (1986) in the structure of Joris van Rantwijk's reference implementation
 * (mwmatching.py). Peer programmes need it: everyone is in one pool, so the bipartite solver
 * does not apply.
 *
 * Weights must be integers; then every dual variable stays an integer and the optimum is exact.
 * The result depends only on the vertex count and the edge list in its given order.
 */
export type WeightedEdge = readonly [number, number, number];

export class MatchingInputError extends Error {}

/** Returns `mate[v]`: the vertex matched to v, or -1. Edges with weight ≤ 0 are never needed. */
export function maxWeightMatching(vertexCount: number, edges: readonly WeightedEdge[]): Int32Array {
  const nvertex = vertexCount;
  const nedge = edges.length;
  for (const [i, j, w] of edges) {
    if (!Number.isInteger(i) || !Number.isInteger(j) || i < 0 || j < 0 || i >= nvertex || j >= nvertex)
      throw new MatchingInputError(`Edge (${i}, ${j}) names a vertex outside 0..${nvertex - 1}.`);
    if (i === j) throw new MatchingInputError(`Edge (${i}, ${j}) joins a vertex to itself.`);
    if (!Number.isSafeInteger(w)) throw new MatchingInputError("Edge weights must be integers.");
  }
  const mateOut = new Int32Array(nvertex).fill(-1);
  if (nedge === 0 || nvertex === 0) return mateOut;

  let maxweight = 0;
  for (const [, , w] of edges) maxweight = Math.max(maxweight, w);

  // endpoint[p]: the vertex at end p of the edges; edge k has ends 2k and 2k+1.
  const endpoint = new Int32Array(2 * nedge);
  const neighbend: number[][] = Array.from({ length: nvertex }, () => []);
  edges.forEach(([i, j], k) => {
    endpoint[2 * k] = i;
    endpoint[2 * k + 1] = j;
    neighbend[i]!.push(2 * k + 1);
    neighbend[j]!.push(2 * k);
  });

  // mate[v]: the remote endpoint of v's matched edge, or -1.
  const mate = new Int32Array(nvertex).fill(-1);
  // label of a top-level blossom / vertex: 0 free, 1 S, 2 T (5 marks a breadcrumb in scanBlossom).
  const label = new Int32Array(2 * nvertex);
  const labelend = new Int32Array(2 * nvertex).fill(-1);
  const inblossom = Int32Array.from({ length: nvertex }, (_, v) => v);
  const blossomparent = new Int32Array(2 * nvertex).fill(-1);
  const blossomchilds: (number[] | null)[] = new Array(2 * nvertex).fill(null);
  const blossombase = Int32Array.from({ length: 2 * nvertex }, (_, b) => (b < nvertex ? b : -1));
  const blossomendps: (number[] | null)[] = new Array(2 * nvertex).fill(null);
  const bestedge = new Int32Array(2 * nvertex).fill(-1);
  const blossombestedges: (number[] | null)[] = new Array(2 * nvertex).fill(null);
  const unusedblossoms: number[] = Array.from({ length: nvertex }, (_, k) => nvertex + k);
  const dualvar = Float64Array.from({ length: 2 * nvertex }, (_, b) => (b < nvertex ? maxweight : 0));
  const allowedge = new Uint8Array(nedge);
  let queue: number[] = [];

  const slack = (k: number) => dualvar[endpoint[2 * k]!]! + dualvar[endpoint[2 * k + 1]!]! - 2 * edges[k]![2];

  const blossomLeaves = (b: number, into: number[] = []): number[] => {
    if (b < nvertex) into.push(b);
    else for (const t of blossomchilds[b]!) blossomLeaves(t, into);
    return into;
  };

  const assignLabel = (w: number, t: number, p: number): void => {
    const b = inblossom[w]!;
    label[w] = label[b] = t;
    labelend[w] = labelend[b] = p;
    bestedge[w] = bestedge[b] = -1;
    if (t === 1) {
      queue.push(...blossomLeaves(b));
    } else if (t === 2) {
      const base = blossombase[b]!;
      assignLabel(endpoint[mate[base]!]!, 1, mate[base]! ^ 1);
    }
  };

  /** Traces back from v and w to find a new blossom's base, or -1 for an augmenting path. */
  const scanBlossom = (vStart: number, wStart: number): number => {
    const path: number[] = [];
    let base = -1;
    let v = vStart;
    let w = wStart;
    while (v !== -1 || w !== -1) {
      let b = inblossom[v]!;
      if (label[b]! & 4) {
        base = blossombase[b]!;
        break;
      }
      path.push(b);
      label[b] = 5;
      if (labelend[b] === -1) {
        v = -1;
      } else {
        v = endpoint[labelend[b]!]!;
        b = inblossom[v]!;
        v = endpoint[labelend[b]!]!;
      }
      if (w !== -1) [v, w] = [w, v];
    }
    for (const b of path) label[b] = 1;
    return base;
  };

  const addBlossom = (base: number, k: number): void => {
    let v = endpoint[2 * k]!;
    let w = endpoint[2 * k + 1]!;
    const bb = inblossom[base]!;
    let bv = inblossom[v]!;
    let bw = inblossom[w]!;
    const b = unusedblossoms.pop()!;
    blossombase[b] = base;
    blossomparent[b] = -1;
    blossomparent[bb] = b;
    const path: number[] = [];
    const endps: number[] = [];
    while (bv !== bb) {
      blossomparent[bv] = b;
      path.push(bv);
      endps.push(labelend[bv]!);
      v = endpoint[labelend[bv]!]!;
      bv = inblossom[v]!;
    }
    path.push(bb);
    path.reverse();
    endps.reverse();
    endps.push(2 * k);
    while (bw !== bb) {
      blossomparent[bw] = b;
      path.push(bw);
      endps.push(labelend[bw]! ^ 1);
      w = endpoint[labelend[bw]!]!;
      bw = inblossom[w]!;
    }
    blossomchilds[b] = path;
    blossomendps[b] = endps;
    label[b] = 1;
    labelend[b] = labelend[bb]!;
    dualvar[b] = 0;
    for (const leaf of blossomLeaves(b)) {
      if (label[inblossom[leaf]!] === 2) queue.push(leaf);
      inblossom[leaf] = b;
    }
    // The least-slack edge from the new blossom to each other S-blossom.
    const bestedgeto = new Int32Array(2 * nvertex).fill(-1);
    for (const sub of path) {
      const nblists: number[][] =
        blossombestedges[sub] === null
          ? blossomLeaves(sub).map((leaf) => neighbend[leaf]!.map((p) => p >> 1))
          : [blossombestedges[sub]!];
      for (const nblist of nblists) {
        for (const e of nblist) {
          let j = endpoint[2 * e + 1]!;
          if (inblossom[j] === b) j = endpoint[2 * e]!;
          const bj = inblossom[j]!;
          if (bj !== b && label[bj] === 1 && (bestedgeto[bj] === -1 || slack(e) < slack(bestedgeto[bj]!))) bestedgeto[bj] = e;
        }
      }
      blossombestedges[sub] = null;
      bestedge[sub] = -1;
    }
    const best = [...bestedgeto].filter((e) => e !== -1);
    blossombestedges[b] = best;
    bestedge[b] = -1;
    for (const e of best) if (bestedge[b] === -1 || slack(e) < slack(bestedge[b]!)) bestedge[b] = e;
  };

  const expandBlossom = (b: number, endstage: boolean): void => {
    for (const s of blossomchilds[b]!) {
      blossomparent[s] = -1;
      if (s < nvertex) inblossom[s] = s;
      else if (endstage && dualvar[s] === 0) expandBlossom(s, endstage);
      else for (const leaf of blossomLeaves(s)) inblossom[leaf] = s;
    }
    if (!endstage && label[b] === 2) {
      // Relabel the sub-blossoms on the even path from the entry child to the base as T and S.
      const childs = blossomchilds[b]!;
      const endps = blossomendps[b]!;
      const at = (index: number) => (index < 0 ? index + childs.length : index);
      const entrychild = inblossom[endpoint[labelend[b]! ^ 1]!]!;
      const path = evenPath(childs.indexOf(entrychild), childs.length);
      const { jstep, endptrick } = path;
      let j = path.j;
      let p = labelend[b]!;
      while (j !== 0) {
        label[endpoint[p ^ 1]!] = 0;
        label[endpoint[endps[at(j - endptrick)]! ^ endptrick ^ 1]!] = 0;
        assignLabel(endpoint[p ^ 1]!, 2, p);
        allowedge[endps[at(j - endptrick)]! >> 1] = 1;
        j += jstep;
        p = endps[at(j - endptrick)]! ^ endptrick;
        allowedge[p >> 1] = 1;
        j += jstep;
      }
      let bv = childs[at(j)]!;
      label[endpoint[p ^ 1]!] = label[bv] = 2;
      labelend[endpoint[p ^ 1]!] = labelend[bv] = p;
      bestedge[bv] = -1;
      j += jstep;
      while (childs[at(j)] !== entrychild) {
        bv = childs[at(j)]!;
        if (label[bv] === 1) {
          j += jstep;
          continue;
        }
        const reached = blossomLeaves(bv).find((leaf) => label[leaf] !== 0);
        if (reached !== undefined) {
          label[reached] = 0;
          label[endpoint[mate[blossombase[bv]!]!]!] = 0;
          assignLabel(reached, 2, labelend[reached]!);
        }
        j += jstep;
      }
    }
    label[b] = labelend[b] = -1;
    blossomchilds[b] = blossomendps[b] = null;
    blossombase[b] = -1;
    blossombestedges[b] = null;
    bestedge[b] = -1;
    unusedblossoms.push(b);
  };

  /** Swaps matched and unmatched edges on the even path from v to the base of blossom b. */
  const augmentBlossom = (b: number, v: number): void => {
    let t = v;
    while (blossomparent[t] !== b) t = blossomparent[t]!;
    if (t >= nvertex) augmentBlossom(t, v);
    const childs = blossomchilds[b]!;
    const endps = blossomendps[b]!;
    const at = (index: number) => (index < 0 ? index + childs.length : index);
    const i = childs.indexOf(t);
    const path = evenPath(i, childs.length);
    const { jstep, endptrick } = path;
    let j = path.j;
    while (j !== 0) {
      j += jstep;
      t = childs[at(j)]!;
      const p = endps[at(j - endptrick)]! ^ endptrick;
      if (t >= nvertex) augmentBlossom(t, endpoint[p]!);
      j += jstep;
      t = childs[at(j)]!;
      if (t >= nvertex) augmentBlossom(t, endpoint[p ^ 1]!);
      mate[endpoint[p]!] = p ^ 1;
      mate[endpoint[p ^ 1]!] = p;
    }
    blossomchilds[b] = [...childs.slice(i), ...childs.slice(0, i)];
    blossomendps[b] = [...endps.slice(i), ...endps.slice(0, i)];
    blossombase[b] = blossombase[blossomchilds[b]![0]!]!;
  };

  const augmentMatching = (k: number): void => {
    const v = endpoint[2 * k]!;
    const w = endpoint[2 * k + 1]!;
    for (const [start, startP] of [
      [v, 2 * k + 1],
      [w, 2 * k],
    ] as const) {
      let s = start;
      let p = startP;
      for (;;) {
        const bs = inblossom[s]!;
        if (bs >= nvertex) augmentBlossom(bs, s);
        mate[s] = p;
        if (labelend[bs] === -1) break;
        const t = endpoint[labelend[bs]!]!;
        const bt = inblossom[t]!;
        s = endpoint[labelend[bt]!]!;
        const j = endpoint[labelend[bt]! ^ 1]!;
        if (bt >= nvertex) augmentBlossom(bt, j);
        mate[j] = labelend[bt]!;
        p = labelend[bt]! ^ 1;
      }
    }
  };

  for (let stage = 0; stage < nvertex; stage += 1) {
    label.fill(0);
    bestedge.fill(-1);
    for (let b = nvertex; b < 2 * nvertex; b += 1) blossombestedges[b] = null;
    allowedge.fill(0);
    queue = [];
    for (let v = 0; v < nvertex; v += 1) if (mate[v] === -1 && label[inblossom[v]!] === 0) assignLabel(v, 1, -1);

    let augmented = false;
    for (;;) {
      while (queue.length > 0 && !augmented) {
        const v = queue.pop()!;
        for (const p of neighbend[v]!) {
          const k = p >> 1;
          const w = endpoint[p]!;
          if (inblossom[v] === inblossom[w]) continue;
          let kslack = 0;
          if (!allowedge[k]) {
            kslack = slack(k);
            if (kslack <= 0) allowedge[k] = 1;
          }
          if (allowedge[k]) {
            if (label[inblossom[w]!] === 0) {
              assignLabel(w, 2, p ^ 1);
            } else if (label[inblossom[w]!] === 1) {
              const base = scanBlossom(v, w);
              if (base >= 0) addBlossom(base, k);
              else {
                augmentMatching(k);
                augmented = true;
                break;
              }
            } else if (label[w] === 0) {
              label[w] = 2;
              labelend[w] = p ^ 1;
            }
          } else if (label[inblossom[w]!] === 1) {
            const b = inblossom[v]!;
            if (bestedge[b] === -1 || kslack < slack(bestedge[b]!)) bestedge[b] = k;
          } else if (label[w] === 0) {
            if (bestedge[w] === -1 || kslack < slack(bestedge[w]!)) bestedge[w] = k;
          }
        }
      }
      if (augmented) break;

      // No augmenting path with the current duals: change them by the largest safe delta.
      let deltatype = 1;
      let delta = Infinity;
      for (let v = 0; v < nvertex; v += 1) delta = Math.min(delta, dualvar[v]!);
      let deltaedge = -1;
      let deltablossom = -1;
      for (let v = 0; v < nvertex; v += 1) {
        if (label[inblossom[v]!] === 0 && bestedge[v] !== -1) {
          const d = slack(bestedge[v]!);
          if (d < delta) {
            delta = d;
            deltatype = 2;
            deltaedge = bestedge[v]!;
          }
        }
      }
      for (let b = 0; b < 2 * nvertex; b += 1) {
        if (blossomparent[b] === -1 && label[b] === 1 && bestedge[b] !== -1) {
          const d = slack(bestedge[b]!) / 2;
          if (d < delta) {
            delta = d;
            deltatype = 3;
            deltaedge = bestedge[b]!;
          }
        }
      }
      for (let b = nvertex; b < 2 * nvertex; b += 1) {
        if (blossombase[b]! >= 0 && blossomparent[b] === -1 && label[b] === 2 && dualvar[b]! < delta) {
          delta = dualvar[b]!;
          deltatype = 4;
          deltablossom = b;
        }
      }
      for (let v = 0; v < nvertex; v += 1) {
        if (label[inblossom[v]!] === 1) dualvar[v]! -= delta;
        else if (label[inblossom[v]!] === 2) dualvar[v]! += delta;
      }
      for (let b = nvertex; b < 2 * nvertex; b += 1) {
        if (blossombase[b]! >= 0 && blossomparent[b] === -1) {
          if (label[b] === 1) dualvar[b]! += delta;
          else if (label[b] === 2) dualvar[b]! -= delta;
        }
      }
      if (deltatype === 1) break;
      if (deltatype === 2) {
        allowedge[deltaedge] = 1;
        let i = endpoint[2 * deltaedge]!;
        if (label[inblossom[i]!] === 0) i = endpoint[2 * deltaedge + 1]!;
        queue.push(i);
      } else if (deltatype === 3) {
        allowedge[deltaedge] = 1;
        queue.push(endpoint[2 * deltaedge]!);
      } else {
        expandBlossom(deltablossom, false);
      }
    }
    if (!augmented) break;
    // S-blossoms whose dual reached zero come apart before the next stage.
    for (let b = nvertex; b < 2 * nvertex; b += 1) {
      if (blossomparent[b] === -1 && blossombase[b]! >= 0 && label[b] === 1 && dualvar[b] === 0) expandBlossom(b, true);
    }
  }
  for (let v = 0; v < nvertex; v += 1) mateOut[v] = mate[v]! >= 0 ? endpoint[mate[v]!]! : -1;
  return mateOut;
}

/**
 * Where a walk round a blossom from child index `i` to its base starts, and which way it goes:
 * always the even-length way, so matched and unmatched edges alternate.
 */
function evenPath(i: number, length: number): { j: number; jstep: number; endptrick: number } {
  return i & 1 ? { j: i - length, jstep: 1, endptrick: 0 } : { j: i, jstep: -1, endptrick: 1 };
}
