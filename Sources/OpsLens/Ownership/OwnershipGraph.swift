/// Who owns or controls whom, built once from links and queried without recursion, so cycles
/// and chains of any depth neither hang nor overflow the stack.
public struct OwnershipGraph<Node: Hashable & Sendable>: Sendable {
    /// Every link given, except links from a party to itself.
    public let links: [OwnershipLink<Node>]
    let nodes: [Node]
    let ids: [Node: Int]
    /// For each node id, the indices in `links` of the links to its parents.
    let parentLinks: [[Int]]
    /// For each node id, the ids of the children it has a link to, of any kind.
    let children: [[Int]]
    /// For each node id, (child id, share) with one entry per child: the largest share any
    /// source gives for that parent–child pair, so two sources for one stake count once.
    let ownedChildren: [[(child: Int, percent: Double)]]
    /// For each node id, the ids of the children it controls (control link or more than 50%).
    let controlledChildren: [[Int]]

    /// A graph of `links`.
    public init(_ links: some Sequence<OwnershipLink<Node>>) {
        let links = links.filter { $0.child != $0.parent }
        var ids: [Node: Int] = [:]
        var nodes: [Node] = []
        func id(_ node: Node) -> Int {
            if let id = ids[node] { return id }
            ids[node] = nodes.count
            nodes.append(node)
            return nodes.count - 1
        }
        ids.reserveCapacity(links.count)
        var parentLinks: [[Int]] = []
        var controlled: [[Int]] = []
        var children: [[Int]] = []
        var stakes: [(parent: Int, child: Int, percent: Double)] = []
        for (index, link) in links.enumerated() {
            let child = id(link.child), parent = id(link.parent)
            while parentLinks.count < nodes.count { parentLinks.append([]); controlled.append([]); children.append([]) }
            parentLinks[child].append(index)
            children[parent].append(child)
            if let percent = link.ownedPercent { stakes.append((parent, child, percent)) }
            if link.controls { controlled[parent].append(child) }
        }
        // One stake per parent–child pair, the largest any source gives, children in id order.
        stakes.sort { ($0.parent, $0.child, $1.percent) < ($1.parent, $1.child, $0.percent) }
        var ownedChildren = [[(child: Int, percent: Double)]](repeating: [], count: nodes.count)
        for (position, stake) in stakes.enumerated() {
            if position > 0, stakes[position - 1].parent == stake.parent, stakes[position - 1].child == stake.child { continue }
            ownedChildren[stake.parent].append((stake.child, stake.percent))
        }
        self.links = links
        self.nodes = nodes
        self.ids = ids
        self.parentLinks = parentLinks
        self.children = children
        self.ownedChildren = ownedChildren
        self.controlledChildren = controlled
    }

    /// Every party that appears in a link.
    public var parties: [Node] { nodes }

    /// The links from `node` up to its direct owners and controllers.
    public func parents(of node: Node) -> [OwnershipLink<Node>] {
        ids[node].map { parentLinks[$0].map { links[$0] } } ?? []
    }

    /// Decides which parties are restricted when `listed` are, under `scope`.
    ///
    /// - Parameters:
    ///   - listed: the parties a list names (blocked persons, NS-CMIC entities, …).
    ///   - scope: how far a listing reaches through the links.
    /// - Returns: the assessment, which gives a verdict with explaining paths for any party.
    public func assess(listed: some Sequence<Node>, scope: OwnershipScope) -> OwnershipAssessment<Node> {
        OwnershipAssessment(graph: self, listed: Set(listed), scope: scope)
    }

    /// Breadth-first search upwards from `start` through the links `allowed` accepts, to the
    /// nearest listed parties; one shortest path per listed party reached, at most `limit`.
    func shortestPaths(from start: Int, toListed listed: [Bool], limit: Int,
                       through allowed: (OwnershipLink<Node>) -> Bool) -> [OwnershipPath<Node>] {
        var arrivedBy = [Int](repeating: -1, count: nodes.count)  // link index that reached a node
        var visited = [Bool](repeating: false, count: nodes.count)
        visited[start] = true
        var queue = [start], head = 0
        var paths: [OwnershipPath<Node>] = []
        while head < queue.count, paths.count < limit {
            let node = queue[head]
            head += 1
            if node != start, listed[node] {
                paths.append(path(to: node, arrivedBy: arrivedBy, from: start))
                continue  // a listed party ends the path; its own parents explain nothing more here
            }
            for linkIndex in parentLinks[node] where allowed(links[linkIndex]) {
                let parent = ids[links[linkIndex].parent]!
                guard !visited[parent] else { continue }
                visited[parent] = true
                arrivedBy[parent] = linkIndex
                queue.append(parent)
            }
        }
        return paths
    }

    /// The path from `start` up to `end`, following the links that reached each node.
    func path(to end: Int, arrivedBy: [Int], from start: Int) -> OwnershipPath<Node> {
        var chain: [OwnershipLink<Node>] = []
        var node = end
        while node != start {
            let link = links[arrivedBy[node]]
            chain.append(link)
            node = ids[link.child]!
        }
        return OwnershipPath(links: chain.reversed())
    }
}
