/// Which parties are restricted when some are listed, under one scope, with explanations.
///
/// Computed once for a set of listed parties; verdicts for single parties are then cheap.
public struct OwnershipAssessment<Node: Hashable & Sendable>: Sendable {
    public let scope: OwnershipScope
    /// The parties the list names.
    public let listed: Set<Node>
    private let graph: OwnershipGraph<Node>
    private let isListed: [Bool]
    /// For each node id, the order in which it became restricted (listed: 0), or -1.
    private let order: [Int]
    /// For each node id, the share blocked parties own (aggregated scope only).
    private let blockedShare: [Double]
    /// For each node id, whether links of any kind lead from it up to a listed party.
    private let linked: [Bool]

    init(graph: OwnershipGraph<Node>, listed: Set<Node>, scope: OwnershipScope) {
        self.graph = graph
        self.scope = scope
        self.listed = listed
        var isListed = [Bool](repeating: false, count: graph.nodes.count)
        var order = [Int](repeating: -1, count: graph.nodes.count)
        var queue: [Int] = []
        for node in listed {
            guard let id = graph.ids[node] else { continue }
            isListed[id] = true
            order[id] = 0
            queue.append(id)
        }
        var blockedShare = [Double](repeating: 0, count: scope == .aggregatedOwnership ? graph.nodes.count : 0)
        var head = 0, next = 1
        switch scope {
        case .listedOnly:
            break
        case .aggregatedOwnership:
            // Each blocked party passes its stakes on once, so the fixed point takes O(links).
            while head < queue.count {
                let parent = queue[head]
                head += 1
                for (child, percent) in graph.ownedChildren[parent] {
                    blockedShare[child] += percent
                    if order[child] < 0, blockedShare[child] >= OwnershipScope.aggregationThreshold - 1e-9 {
                        order[child] = next
                        next += 1
                        queue.append(child)
                    }
                }
            }
        case .controlledSubsidiaries:
            while head < queue.count {
                let parent = queue[head]
                head += 1
                for child in graph.controlledChildren[parent] where order[child] < 0 {
                    order[child] = next
                    next += 1
                    queue.append(child)
                }
            }
        }
        self.isListed = isListed
        self.order = order
        self.blockedShare = blockedShare
        var linked = isListed
        var stack = isListed.indices.filter { isListed[$0] }
        while let node = stack.popLast() {
            for child in graph.children[node] where !linked[child] {
                linked[child] = true
                stack.append(child)
            }
        }
        self.linked = linked
    }

    /// Whether links of any kind lead from `node` up to a listed party: whether a verdict for it
    /// has anything to explain. Cheap, so callers ask it before asking for a verdict.
    public func isLinkedToListed(_ node: Node) -> Bool {
        graph.ids[node].map { linked[$0] } ?? false
    }

    /// Every restricted party: the listed ones that appear in a link and those the scope adds.
    public var restricted: Set<Node> {
        Set(graph.nodes.indices.filter { order[$0] >= 0 }.map { graph.nodes[$0] }).union(listed)
    }

    /// Whether `node` is restricted under the scope.
    public func isRestricted(_ node: Node) -> Bool {
        if listed.contains(node) { return true }
        return graph.ids[node].map { order[$0] >= 0 } ?? false
    }

    /// The verdict for `node` with up to `maxPaths` explaining paths.
    ///
    /// Paths run from `node` up to listed parties: through the blocked owners whose stakes
    /// count (aggregated scope), through control links (controlled scope), or through any
    /// link (listed-only scope, and to explain why a party is *not* restricted).
    public func verdict(for node: Node, maxPaths: Int = 8) -> OwnershipVerdict<Node> {
        guard let id = graph.ids[node] else {
            let basis: OwnershipVerdict<Node>.Basis = listed.contains(node)
                ? .listed : .notRestricted(blockedOwnership: scope == .aggregatedOwnership ? 0 : nil)
            return OwnershipVerdict(node: node, scope: scope, basis: basis, paths: [])
        }
        var anyLink: [OwnershipPath<Node>] {
            graph.shortestPaths(from: id, toListed: isListed, limit: maxPaths) { _ in true }
        }
        switch scope {
        case .listedOnly:
            return OwnershipVerdict(node: node, scope: scope, basis: isListed[id] ? .listed : .notRestricted(blockedOwnership: nil),
                                    paths: anyLink)
        case .controlledSubsidiaries:
            if isListed[id] { return OwnershipVerdict(node: node, scope: scope, basis: .listed, paths: anyLink) }
            guard order[id] > 0 else {
                return OwnershipVerdict(node: node, scope: scope, basis: .notRestricted(blockedOwnership: nil), paths: anyLink)
            }
            let paths = graph.shortestPaths(from: id, toListed: isListed, limit: maxPaths) { $0.controls }
            return OwnershipVerdict(node: node, scope: scope, basis: .controlled, paths: paths)
        case .aggregatedOwnership:
            if isListed[id] { return OwnershipVerdict(node: node, scope: scope, basis: .listed, paths: []) }
            let paths = ownershipPaths(from: id, limit: maxPaths)
            let basis: OwnershipVerdict<Node>.Basis = order[id] > 0
                ? .aggregatedOwnership(percent: blockedShare[id]) : .notRestricted(blockedOwnership: blockedShare[id])
            return OwnershipVerdict(node: node, scope: scope, basis: basis, paths: paths.isEmpty ? anyLink : paths)
        }
    }

    /// Depth-first, with an explicit stack: from `start` through blocked owners' stakes, each
    /// step to a party blocked earlier than the one before, so every path ends at a listed
    /// party and the walk takes at most `limit` × depth steps.
    private func ownershipPaths(from start: Int, limit: Int) -> [OwnershipPath<Node>] {
        func stakes(of node: Int, first: Bool) -> [Int] {
            graph.parentLinks[node].filter { index in
                let link = graph.links[index]
                guard link.ownedPercent != nil, let parent = graph.ids[link.parent], order[parent] >= 0 else { return false }
                return (first && order[node] < 0) || order[parent] < order[node]
            }
        }
        var paths: [OwnershipPath<Node>] = []
        var chain: [Int] = []  // link indices from start
        var stack: [(node: Int, candidates: [Int], next: Int)] = [(start, stakes(of: start, first: true), 0)]
        while let top = stack.last, paths.count < limit {
            if isListed[top.node], top.node != start {
                paths.append(OwnershipPath(links: chain.map { graph.links[$0] }))
                stack.removeLast()
                if !chain.isEmpty { chain.removeLast() }
                continue
            }
            guard top.next < top.candidates.count else {
                stack.removeLast()
                if !chain.isEmpty { chain.removeLast() }
                continue
            }
            stack[stack.count - 1].next += 1
            let linkIndex = top.candidates[top.next]
            let parent = graph.ids[graph.links[linkIndex].parent]!
            chain.append(linkIndex)
            stack.append((parent, stakes(of: parent, first: false), 0))
        }
        return paths
    }
}
