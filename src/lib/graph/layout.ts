/**
 * Lays out the prerequisite graph with dagre (a layered, Sugiyama-style layout), so the SVG
 * drawn at build time needs no client code. Only papers that have prerequisites or dependants
 * are drawn; the others are listed beside the drawing.
 */
import dagre from '@dagrejs/dagre';

export interface LayoutInput {
  id: string;
  label: string;
  /** Phase order, for the node colour. */
  group: number;
  prerequisites: readonly string[];
}

export interface PlacedNode {
  id: string;
  label: string;
  group: number;
  /** Top-left corner and size, in SVG user units. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedEdge {
  /** The prerequisite. */
  from: string;
  /** The paper that needs it. */
  to: string;
  points: { x: number; y: number }[];
}

export interface GraphLayout {
  width: number;
  height: number;
  nodes: PlacedNode[];
  edges: PlacedEdge[];
  /** Papers with neither prerequisites nor dependants (not drawn). */
  isolated: string[];
}

/** Approximate width of a label in the 16px system font the SVG uses (the body text's size, so labels read on a phone). */
export function labelWidth(label: string): number {
  let width = 0;
  for (const char of label) width += /[A-Z0-9]/.test(char) ? 10.6 : /[il.,:;|' ]/.test(char) ? 5.2 : 8.8;
  return Math.ceil(width);
}

const NODE_HEIGHT = 36;
const PADDING_X = 12;
const MARGIN = 8;

export function layoutGraph(papers: readonly LayoutInput[]): GraphLayout {
  const ids = new Set(papers.map((paper) => paper.id));
  const edges = papers.flatMap((paper) => paper.prerequisites.filter((id) => ids.has(id)).map((from) => ({ from, to: paper.id })));
  const connected = new Set(edges.flatMap((edge) => [edge.from, edge.to]));
  const drawn = papers.filter((paper) => connected.has(paper.id));

  const graph = new dagre.graphlib.Graph();
  // The longest-path ranker: with dagre's default (network simplex) 4 to 7 edges of the real
  // curriculum ran through other papers' boxes at every spacing tried; with this one, none.
  graph.setGraph({ rankdir: 'LR', ranker: 'longest-path', nodesep: 10, ranksep: 40, edgesep: 8, marginx: MARGIN, marginy: MARGIN });
  graph.setDefaultEdgeLabel(() => ({}));
  for (const paper of drawn) graph.setNode(paper.id, { width: labelWidth(paper.label) + 2 * PADDING_X, height: NODE_HEIGHT });
  for (const edge of edges) graph.setEdge(edge.from, edge.to);
  dagre.layout(graph);

  const round = (value: number) => Math.round(value * 10) / 10;
  const nodes = drawn.map((paper) => {
    const placed = graph.node(paper.id);
    return {
      id: paper.id,
      label: paper.label,
      group: paper.group,
      x: round(placed.x - placed.width / 2),
      y: round(placed.y - placed.height / 2),
      width: placed.width,
      height: placed.height,
    };
  });
  const placedEdges = edges.map((edge) => ({
    ...edge,
    points: (graph.edge(edge.from, edge.to).points ?? []).map((point: { x: number; y: number }) => ({ x: round(point.x), y: round(point.y) })),
  }));
  const { width = 0, height = 0 } = graph.graph();
  return {
    width: Math.ceil(width),
    height: Math.ceil(height),
    nodes,
    edges: placedEdges,
    isolated: papers.filter((paper) => !connected.has(paper.id)).map((paper) => paper.id),
  };
}

/** An SVG path through an edge's points: `M x y L x y ...`. */
export function edgePath(points: readonly { x: number; y: number }[]): string {
  return points.map((point, index) => `${index === 0 ? 'M' : 'L'}${point.x} ${point.y}`).join(' ');
}
