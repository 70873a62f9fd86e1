/// Articles grouped as copies of one story: two articles are in one group when a chain of
/// near-duplicate pairs links them (the connected components of the pairs).
///
/// A chain, not every pair: the archive records a new article's pairs with the articles it was found
/// close to, not with every member of their group.
struct NearDuplicateGroups: Equatable {
    /// Each grouped article's group, named by its smallest article id. Articles in no pair are absent.
    private(set) var groupOf: [Int: Int] = [:]

    /// The groups the `pairs` of article ids make.
    init(pairs: [(Int, Int)]) {
        var parent: [Int: Int] = [:]
        func root(_ id: Int) -> Int {
            var id = id
            while let next = parent[id], next != id { id = next }
            return id
        }
        for (a, b) in pairs {
            let (rootA, rootB) = (root(a), root(b))
            parent[rootA] = parent[rootA] ?? rootA
            parent[rootB] = parent[rootB] ?? rootB
            if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
        }
        for id in parent.keys { groupOf[id] = root(id) }
    }

    /// The group of article `id`, or nil when it is in none.
    func group(of id: Int) -> Int? { groupOf[id] }
}

/// Keeps one article's passages per group of near-duplicates, in rank order: the first article of a
/// group met stands for it, and the passages of the others are dropped, each noted as "also in" the
/// article kept.
struct NearDuplicateCollapse {
    /// Each grouped article's group (see `NearDuplicateGroups.groupOf`).
    private var groupOf: [Int: Int] = [:]
    /// The article standing for each group met.
    private var shown: [Int: Int] = [:]
    /// For each article kept, the other articles of its group whose passages were dropped, in rank order.
    private(set) var alsoIn: [Int: [Int]] = [:]

    /// Adds `groups`, read for articles of passages still to come.
    mutating func add(_ groups: NearDuplicateGroups) {
        groupOf.merge(groups.groupOf) { $1 }
    }

    /// The indices of the passages to keep among passages from `articleIDs`, in rank order.
    mutating func kept(_ articleIDs: [Int]) -> [Int] {
        articleIDs.indices.filter { index in
            let id = articleIDs[index]
            guard let group = groupOf[id] else { return true }
            let standing = shown[group] ?? id
            shown[group] = standing
            if standing == id { return true }
            if !(alsoIn[standing] ?? []).contains(id) { alsoIn[standing, default: []].append(id) }
            return false
        }
    }
}
