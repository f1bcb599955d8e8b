/** A node of a prerequisite graph: an id and the ids that must come before it. */
export interface GraphNode {
  id: string;
  prerequisites: readonly string[];
}
